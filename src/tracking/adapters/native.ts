import type {DraftEvent, TrackingDraft} from '../model/draft.js';
import type {Adapter} from './adapter.js';
import {list, record, text, type Json} from '../model/read.js';
import {trackingOrHomepage} from '../links/site-root.js';
import {parseInstant} from '../model/time.js';
import {isStage, isStatus} from '../model/tracking.js';
import {CAINIAO_ACTION_CODES} from '../stages/cainiao-action-codes.js';

/** Our format's fields beside its number; any one of them says the payload is ours. */
const NATIVE_FIELDS = ['status', 'carrier', 'origin', 'destination', 'deliveryLocation', 'estimatedDelivery'];

/**
 * Our own format (docs/behaviour.md#formats) is recognised by its `events` (the number may then
 * come from the element), a `latestTrackingNumber`, or a `trackingNumber` beside any other of its
 * fields, whatever their values: every field may be missing, and no other format uses these
 * names. A number alone is no tracking.
 */
const detect = (json: unknown) => {
  const data = record(json);
  return (
    !!data &&
    ('events' in data ||
      'latestTrackingNumber' in data ||
      ('trackingNumber' in data && NATIVE_FIELDS.some((field) => field in data)))
  );
};

/** A stage or status as written by hand: `"g"` is G, `"Out for delivery"` is `out_for_delivery`. */
function loose<T extends string>(value: unknown, is: (value: unknown) => value is T): T | undefined {
  if (is(value)) return value;
  const written = text(value);
  if (!written) return undefined;
  const fixed = written.length === 1 ? written.toUpperCase() : written.toLowerCase().replace(/[\s-]+/g, '_');
  return is(fixed) ? fixed : undefined;
}

function readEvent(value: unknown): DraftEvent {
  const event = record(value);
  return {
    instant: parseInstant(event?.time),
    description: text(event?.description),
    location: text(event?.location),
    code: text(event?.code),
    stage: loose(event?.stage, isStage),
    trackingNumber: text(event?.trackingNumber),
  };
}

/** The carrier; `homepage`, as the normalized tracking writes it, or `url` when that is a bare site root. */
function carrierOf(carrier: Json): TrackingDraft['carrier'] {
  const links = trackingOrHomepage(text(carrier.url));
  return {
    name: text(carrier.name),
    code: text(carrier.code),
    phone: text(carrier.phone),
    url: links.url,
    homepage: text(carrier.homepage) ?? links.homepage,
  };
}

/** Reads the native format. Never throws: missing or mistyped fields are left out. */
function read(json: unknown): TrackingDraft {
  const data = record(json);
  const carrier = record(data?.carrier);
  // A window {from, to}, or one day as a date, a date-time or epoch milliseconds.
  const eta = data?.estimatedDelivery;
  const window = record(eta);
  return {
    trackingNumber: text(data?.trackingNumber),
    latestTrackingNumber: text(data?.latestTrackingNumber),
    statusHint: loose(data?.status, isStatus),
    origin: text(data?.origin),
    destination: text(data?.destination),
    deliveryLocation: text(data?.deliveryLocation),
    estimatedDelivery: window ? {from: window.from, to: window.to} : {from: eta, to: eta},
    carrier: carrier && carrierOf(carrier),
    // Native codes are often copied from CAINIAO, so its table applies; anything else falls to keywords.
    codeTable: CAINIAO_ACTION_CODES,
    events: list(data?.events).map(readEvent),
  };
}

export const native: Adapter = {detect, read};
