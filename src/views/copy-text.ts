import {eventTimeFormatter, formatWindow, spansZones, transitText} from '../i18n/format.js';
import {fill, type AllMessages} from '../i18n/messages.js';
import {cleanPhone} from '../tracking/links/phone.js';
import type {Tracking} from '../tracking/model/tracking.js';

const line = (...parts: (string | undefined)[]) => parts.filter(Boolean).join(' · ');

// Intl writes narrow and thin no-break spaces ("1:32\u202fPM", "Nov 20\u2009–\u200924"); plain text
// pasted into mail, chat or a terminal reads better with ordinary ones.
const INTL_SPACES = /[\u00a0\u2009\u202f]/g;

/**
 * The plain-text summary of "Copy details" (docs/behaviour.md#copy-details), one fact per line: status and transit
 * time, the numbers, carrier and phone, estimated delivery, then every event newest first,
 * each at the wall-clock time of its own offset (with the zone when the log spans several).
 */
export function copyText(tracking: Tracking, messages: AllMessages, locale: string): string {
  const {carrier} = tracking;
  const phone = cleanPhone(carrier?.phone);
  const eventTime = eventTimeFormatter(locale, spansZones(tracking));
  const lines = [
    line(messages.status[tracking.status], transitText(tracking, messages, locale)),
    fill(messages.trackingNumberLine, {number: tracking.trackingNumber}),
    tracking.latestTrackingNumber && fill(messages.latestNumberLine, {number: tracking.latestTrackingNumber}),
    carrier && fill(messages.carrierLine, {carrier: carrier.name}),
    phone && fill(messages.phoneLine, {phone}),
    !tracking.delivered &&
      tracking.estimatedDelivery &&
      fill(messages.estimatedDelivery, {window: formatWindow(tracking.estimatedDelivery, locale)}),
    ...tracking.events.map((event) => line(eventTime(event), event.location, event.description)),
  ];
  return lines.filter(Boolean).join('\n').replace(INTL_SPACES, ' ');
}
