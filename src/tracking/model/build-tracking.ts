import {knownCarrier} from '../carriers/known-carriers.js';
import {safeUrl} from '../links/safe-url.js';
import {classifyEvent} from '../stages/classify-event.js';
import {highestStage, overallStatus} from '../stages/overall-status.js';
import type {CodeTable, StageRule} from '../stages/rule.js';
import {transitDays} from '../stages/transit-days.js';
import {TrackingError} from '../tracking-error.js';
import {normalizeTrackingNumber} from '../tracking-number.js';
import {countryLabel} from './country-labels.js';
import type {DraftEvent, TrackingDraft} from './draft.js';
import {formatInstant, localDate, parseDate, parseInstant, rememberInstant, type Instant} from './time.js';
import type {Carrier, DeliveryWindow, Tracking, TrackingEvent} from './tracking.js';

type UsableEvent = DraftEvent & {instant: Instant; description: string};
type ClassifiedEvent = UsableEvent & StageRule;

/** The most events a tracking keeps, newest first (docs/behaviour.md#formats): enough for any real log. */
export const MAX_EVENTS = 1000;

const usable = (event: DraftEvent): event is UsableEvent => !!event.instant && !!event.description;

/** An event with the stage and status its code, text and stated stage give (docs/behaviour.md#stages). */
const classified = (event: UsableEvent, table: CodeTable): ClassifiedEvent => ({
  ...event,
  ...classifyEvent(event.description, event.codes ?? [event.code], table, event.stage),
});

/** What a customer sees of an event beside its time: the same line twice is one event. */
const lineOf = ({description, location, trackingNumber}: UsableEvent) =>
  location || trackingNumber ? `${description}\n${location ?? ''}\n${trackingNumber ?? ''}` : description;

/**
 * Keeps usable events once each (exact duplicates: same instant, description, place and
 * number), newest first. Events of the same instant keep the input's order read newest first:
 * input that runs oldest first (the usual way) is turned around before the stable sort.
 */
function cleanEvents(events: readonly DraftEvent[]): UsableEvent[] {
  // The lines seen at each instant: a set per instant, so that a hostile log of thousands of
  // events at one instant is no quadratic search.
  const seen = new Map<number, Set<string>>();
  const kept: UsableEvent[] = [];
  for (const event of events) {
    if (!usable(event)) continue;
    const {epoch} = event.instant;
    const line = lineOf(event);
    const lines = seen.get(epoch);
    if (!lines) seen.set(epoch, new Set([line]));
    else if (lines.has(line)) continue;
    else lines.add(line);
    kept.push(event);
  }
  if (kept.length > 1 && kept[0].instant.epoch < kept[kept.length - 1].instant.epoch) kept.reverse();
  return kept.sort((a, b) => b.instant.epoch - a.instant.epoch);
}

function toEvent({instant, description, location, stage, code, trackingNumber}: ClassifiedEvent): TrackingEvent {
  const event: TrackingEvent = {time: formatInstant(instant), description};
  if (location) event.location = location;
  if (stage) event.stage = stage;
  if (code) event.code = code;
  if (trackingNumber) event.trackingNumber = normalizeTrackingNumber(trackingNumber);
  rememberInstant(event, instant);
  return event;
}

/** A window bound as a date: `YYYY-MM-DD` as given; instants as dates in `offset`'s zone. */
function windowDate(value: unknown, offset: number | undefined): string | undefined {
  const date = parseDate(value);
  if (date) return date;
  const instant = parseInstant(value);
  return instant && localDate({epoch: instant.epoch, offset: instant.offset ?? offset});
}

function deliveryWindow(
  draft: TrackingDraft['estimatedDelivery'],
  offset: number | undefined,
): DeliveryWindow | undefined {
  const from = windowDate(draft?.from, offset);
  const to = windowDate(draft?.to, offset);
  if (!from && !to) return undefined;
  const [early, late] = [from ?? to!, to ?? from!].sort();
  return {from: early, to: late};
}

function carrierOf(draft: TrackingDraft['carrier']): Carrier | undefined {
  const name = draft?.name ?? knownCarrier(draft?.code)?.name ?? draft?.code;
  if (!name) return undefined;
  const carrier: Carrier = {name};
  if (draft?.code) carrier.code = draft.code;
  if (draft?.phone) carrier.phone = draft.phone;
  const url = safeUrl(draft?.url);
  if (url) carrier.url = url;
  const homepage = safeUrl(draft?.homepage);
  if (homepage) carrier.homepage = homepage;
  return carrier;
}

/**
 * Turns an adapter's draft into the normalized tracking (docs/behaviour.md#statuses): clean,
 * classified events, newest first and at most `MAX_EVENTS`; the stage, status and transit
 * days they imply; readable places; a safe carrier. A draft with no number, and no
 * `fallbackNumber` from the element, is no tracking: `invalid`.
 */
export function buildTracking(draft: TrackingDraft, fallbackNumber = '', now = Date.now()): Tracking {
  // Numbers as a customer types them too: without spaces or invisible characters (README "Numbers").
  const trackingNumber = normalizeTrackingNumber(draft.trackingNumber ?? '') || fallbackNumber;
  const latestNumber = normalizeTrackingNumber(draft.latestTrackingNumber ?? '');
  if (!trackingNumber) throw new TrackingError('invalid', 'The tracking data names no tracking number.');
  const all = cleanEvents(draft.events);
  const events = all.slice(0, MAX_EVENTS).map((event) => classified(event, draft.codeTable));
  const stage = highestStage(events);
  const status = overallStatus(events, stage, draft.statusHint);
  const delivered = status === 'delivered';
  const tracking: Tracking = {trackingNumber, status, delivered, events: events.map(toEvent)};

  if (delivered || stage) tracking.stage = delivered ? 'H' : stage;
  // Carriers write one number in either case: only another number is a second one.
  if (latestNumber && latestNumber.toUpperCase() !== trackingNumber.toUpperCase())
    tracking.latestTrackingNumber = latestNumber;
  if (events.length) {
    // From the first event of the whole log, even when the oldest fall beyond MAX_EVENTS.
    const first = all[all.length - 1].instant;
    const newest = events[0].instant;
    const deliveredAt = events.find((event) => event.status === 'delivered')?.instant ?? newest;
    if (delivered) tracking.transitDays = transitDays(first, deliveredAt);
    else tracking.transitDays = transitDays(first, {epoch: now, offset: newest.offset});
  }
  const origin = countryLabel(draft.origin);
  const destination = countryLabel(draft.destination);
  if (origin) tracking.origin = origin;
  if (destination) tracking.destination = destination;
  if (draft.deliveryLocation) tracking.deliveryLocation = draft.deliveryLocation;
  const zone = events.find((event) => event.instant.offset !== undefined)?.instant.offset;
  const window = deliveryWindow(draft.estimatedDelivery, zone);
  if (window) tracking.estimatedDelivery = window;
  const carrier = carrierOf(draft.carrier);
  if (carrier) tracking.carrier = carrier;
  return tracking;
}
