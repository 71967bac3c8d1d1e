import {readTracking} from '../../tracking/adapters/read-tracking.js';
import {TrackingError} from '../../tracking/tracking-error.js';

/**
 * How long an answer stays fresh, by what it says (README "What it caches, and why"): a delivered
 * parcel will not change, one in transit changes every few hours, an empty one may get its first
 * event any minute, and a number the upstream does not know is an error, kept seconds: the carrier
 * may have only just been told of it.
 */
export const LIFETIMES = {
  delivered: {maxAge: 12 * 3600, staleWhileRevalidate: 12 * 3600},
  'in-transit': {maxAge: 15 * 60, staleWhileRevalidate: 5 * 60},
  empty: {maxAge: 5 * 60, staleWhileRevalidate: 60},
  'not-found': {maxAge: 30, staleWhileRevalidate: 30},
} as const;

/** How long past its freshness an answer is kept, to be served when the upstream fails. */
export const KEEP_FOR_FAILURES_SECONDS = 24 * 3600;

export type AnswerClass = keyof typeof LIFETIMES | 'not-tracking';

/** What an upstream answer says, read with the widget's own adapters (CAINIAO, AfterShip, 17TRACK, native). */
export function classifyAnswer(json: unknown): AnswerClass {
  try {
    const tracking = readTracking(json);
    if (tracking.delivered) return 'delivered';
    return tracking.events.length ? 'in-transit' : 'empty';
  } catch (error) {
    return error instanceof TrackingError && error.kind === 'not-found' ? 'not-found' : 'not-tracking';
  }
}
