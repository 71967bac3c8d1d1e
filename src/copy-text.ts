import {fill, formatEventTime, formatWindow, spansZones, transitText} from './i18n/format.js';
import type {Messages} from './i18n/messages.js';
import {cleanPhone} from './links.js';
import type {Tracking} from './model/tracking.js';

const line = (...parts: (string | undefined)[]) => parts.filter(Boolean).join(' · ');

/**
 * The plain-text summary of "Copy details" (SPEC §8), one fact per line: status and transit
 * time, the numbers, carrier and phone, estimated delivery, then every event newest first.
 */
export function copyText(tracking: Tracking, messages: Messages, locale: string): string {
  const {carrier} = tracking;
  const phone = cleanPhone(carrier?.phone);
  const withZone = spansZones(tracking);
  const lines = [
    line(messages.status[tracking.status], transitText(tracking, messages, locale)),
    `${messages.trackingNumber}: ${tracking.trackingNumber}`,
    tracking.latestTrackingNumber && `${messages.latestTrackingNumber}: ${tracking.latestTrackingNumber}`,
    carrier && fill(messages.carrierLine, {carrier: carrier.name}),
    phone && fill(messages.phoneLine, {phone}),
    tracking.estimatedDelivery &&
      `${messages.estimatedDelivery}: ${formatWindow(tracking.estimatedDelivery, locale)}`,
    ...tracking.events.map((event) =>
      line(formatEventTime(event.time, locale, withZone), event.location, event.description),
    ),
  ];
  return lines.filter(Boolean).join('\n');
}
