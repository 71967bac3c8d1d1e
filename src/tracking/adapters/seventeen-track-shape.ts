import {record, type Json} from '../model/read.js';

// How a 17TRACK payload is recognised: in the reading core, while the reader itself loads only
// for 17TRACK payloads (docs/architecture.md).

/** An item: `number` beside v2's `track_info` or v1's `track`. */
const isItem = (value: unknown) => {
  const item = record(value);
  return !!item && 'number' in item && ('track_info' in item || 'track' in item);
};

/** A v2 webhook: `{event: "TRACKING_UPDATED", data: item}`. */
export const webhookItem = (data: Json) =>
  typeof data.event === 'string' && isItem(data.data) ? record(data.data) : undefined;

/** A whole `gettrackinfo` answer (`data.accepted` / `data.rejected`, v1 or v2), a webhook or one item. */
export function isSeventeenTrack(json: unknown): boolean {
  const data = record(json);
  if (!data) return false;
  const answer = record(data.data);
  if (answer && (Array.isArray(answer.accepted) || Array.isArray(answer.rejected))) return true;
  return !!webhookItem(data) || isItem(data);
}
