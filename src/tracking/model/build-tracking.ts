import {knownCarrier, safeUrl} from '../links.js';
import {highestStage, overallStatus, transitDays} from '../stages/stage-engine.js';
import {countryLabel} from './country-labels.js';
import type {DraftEvent, TrackingDraft} from './draft.js';
import {formatInstant, localDate, parseDate, parseInstant, rememberInstant, type Instant} from './time.js';
import type {Carrier, DeliveryWindow, Tracking, TrackingEvent} from './tracking.js';

type UsableEvent = DraftEvent & {instant: Instant; description: string};

const usable = (event: DraftEvent): event is UsableEvent => !!event.instant && !!event.description;

/**
 * Keeps usable events once each (same instant and description), newest first. Events of
 * the same instant keep the input's order read newest first: input that runs oldest first
 * (the usual way) is turned around before the stable sort.
 */
function cleanEvents(events: readonly DraftEvent[]): UsableEvent[] {
  const seen = new Set<string>();
  const kept: UsableEvent[] = [];
  for (const event of events) {
    if (!usable(event)) continue;
    const key = `${event.instant.epoch}\u0000${event.description}`;
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(event);
  }
  if (kept.length > 1 && kept[0].instant.epoch < kept[kept.length - 1].instant.epoch) kept.reverse();
  return kept.sort((a, b) => b.instant.epoch - a.instant.epoch);
}

function toEvent({instant, description, location, stage, code, trackingNumber}: UsableEvent): TrackingEvent {
  const event: TrackingEvent = {time: formatInstant(instant), description};
  if (location) event.location = location;
  if (stage) event.stage = stage;
  if (code) event.code = code;
  if (trackingNumber) event.trackingNumber = trackingNumber;
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
 * Turns an adapter's draft into the normalized tracking of SPEC §6: clean, ordered events;
 * the stage, status and transit days they imply; readable places; a safe carrier.
 */
export function buildTracking(draft: TrackingDraft, fallbackNumber = '', now = Date.now()): Tracking {
  const events = cleanEvents(draft.events);
  const stage = highestStage(events);
  const status = overallStatus(events, stage, draft.statusHint);
  const delivered = status === 'delivered';
  const trackingNumber = draft.trackingNumber || fallbackNumber;
  const tracking: Tracking = {trackingNumber, status, delivered, events: events.map(toEvent)};

  if (delivered || stage) tracking.stage = delivered ? 'H' : stage;
  if (draft.latestTrackingNumber && draft.latestTrackingNumber !== trackingNumber) {
    tracking.latestTrackingNumber = draft.latestTrackingNumber;
  }
  if (events.length) {
    const deliveredAt = events.find((event) => event.status === 'delivered') ?? events[0];
    const first = events[events.length - 1];
    tracking.transitDays = transitDays(first.instant.epoch, delivered ? deliveredAt.instant.epoch : now);
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
