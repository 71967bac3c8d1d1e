import type {Tracking} from '../tracking/model/tracking.js';

/**
 * Whether two trackings say the same, field by field (docs/behaviour.md#refresh): a refresh
 * that brings the same keeps what is shown and fires no `order-tracker-load`. A tracking is
 * plain data (strings, numbers, booleans, arrays, objects); a field set to `undefined` counts
 * as absent.
 */
export const sameTracking = (a: Tracking, b: Tracking) => samePlain(a, b);

function samePlain(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => samePlain(item, b[i]));
  }
  const fields = (value: object) => Object.entries(value).filter(([, field]) => field !== undefined);
  const [ours, theirs] = [fields(a), fields(b)];
  const other = b as Record<string, unknown>;
  return ours.length === theirs.length && ours.every(([key, field]) => samePlain(field, other[key]));
}
