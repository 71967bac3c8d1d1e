import type {DraftEvent, TrackingDraft} from '../model/draft.js';
import type {Adapter} from './adapter.js';
import {at, list, record, text} from '../model/read.js';
import {parseInstant} from '../model/time.js';
import {isStage, isStatus} from '../model/tracking.js';
import {CAINIAO_ACTION_CODES} from '../stages/cainiao-action-codes.js';
import {classifyEvent} from '../stages/stage-engine.js';

/** Our own format (SPEC §4 native) is recognised by `events` beside a `trackingNumber`. */
const detect = (json: unknown) => {
  const data = record(json);
  return !!data && Array.isArray(data.events) && ('trackingNumber' in data || 'latestTrackingNumber' in data);
};

function readEvent(value: unknown): DraftEvent {
  const event = record(value);
  const description = text(event?.description);
  const code = text(event?.code);
  const stage = isStage(event?.stage) ? event.stage : undefined;
  // Native codes are often copied from CAINIAO, so its table applies; anything else falls to keywords.
  const rule = classifyEvent(description ?? '', code, CAINIAO_ACTION_CODES, stage);
  return {
    instant: parseInstant(event?.time),
    description,
    location: text(event?.location),
    code,
    trackingNumber: text(event?.trackingNumber),
    ...rule,
  };
}

/** Reads the native format. Never throws: missing or mistyped fields are left out. */
function read(json: unknown): TrackingDraft {
  const data = record(json);
  const carrier = record(data?.carrier);
  const eta = data?.estimatedDelivery;
  return {
    trackingNumber: text(data?.trackingNumber),
    latestTrackingNumber: text(data?.latestTrackingNumber),
    statusHint: isStatus(data?.status) ? data.status : undefined,
    origin: text(data?.origin),
    destination: text(data?.destination),
    deliveryLocation: text(data?.deliveryLocation),
    estimatedDelivery: typeof eta === 'string' ? {from: eta, to: eta} : {from: at(eta, 'from'), to: at(eta, 'to')},
    carrier: carrier && {
      name: text(carrier.name),
      code: text(carrier.code),
      phone: text(carrier.phone),
      url: text(carrier.url),
    },
    events: list(data?.events).map(readEvent),
  };
}

export const native: Adapter = {detect, read};
