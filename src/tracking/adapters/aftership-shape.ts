import {at, record, type Json} from '../model/read.js';

// How an AfterShip payload is recognised: in the reading core, while the reader itself loads
// only for AfterShip payloads (docs/architecture.md).

/** A bare AfterShip tracking object: its `tracking_number` beside checkpoints, a slug or a tag. */
const isBareTracking = (value: unknown) => {
  const tracking = record(value);
  return (
    !!tracking &&
    'tracking_number' in tracking &&
    ('checkpoints' in tracking || 'slug' in tracking || 'tag' in tracking)
  );
};

/**
 * The tracking object of `{data: {tracking}}`, of the first of `{data: {trackings: [...]}}`
 * (a list answer), of `{data: tracking}` (newer API versions), of a webhook `{event, msg: tracking}`
 * (a shop's backend may keep the last one it received), or a bare one.
 */
export function trackingOf(json: unknown): Json | undefined {
  const wrapped = record(at(json, 'data', 'tracking')) ?? record(at(json, 'data', 'trackings', 0));
  if (wrapped) return wrapped;
  const inner = at(json, 'data') ?? (typeof at(json, 'event') === 'string' ? at(json, 'msg') : undefined);
  if (isBareTracking(inner)) return record(inner);
  return isBareTracking(json) ? record(json) : undefined;
}

/** Whether a payload is AfterShip's (docs/behaviour.md#formats). */
export const isAftership = (json: unknown) => trackingOf(json) !== undefined;
