import {TrackingError} from '../tracking/tracking-error.js';
import {readCapped} from './read-capped.js';
import {retryAfter} from './retry-after.js';

/** A body above 5 MB is refused unread; real tracking JSON is a few kilobytes (docs/behaviour.md#faults). */
export const MAX_BODY_BYTES = 5 * 1024 * 1024;

/** An `http` failure whose answer (429, 503) asked not to be asked again before `retryAt`. */
export class RetryLaterError extends TrackingError {
  constructor(
    status: number,
    /** When the service may be asked again, in ms since the epoch. */
    readonly retryAt: number,
  ) {
    super('http', `The tracking service answered ${status}.`, status);
  }
}

const tooLarge = () => new TrackingError('invalid', 'The tracking service answered with too much data.');

/**
 * The tracking service's answer as JSON, or why not: `not-found` (404), `http` (any other
 * failure status; a `RetryLaterError` when a 429 or 503 says when to ask again), `invalid` (no
 * JSON, or more than 5 MB). A reading error of the body itself is left to `fetchTracking`.
 */
export async function readTrackingResponse(response: Response): Promise<unknown> {
  if (response.status === 404) throw new TrackingError('not-found', 'No tracking found for this number.', 404);
  if (!response.ok) {
    const retryAt = retryAfter(response.status, response.headers.get('retry-after'), Date.now());
    if (retryAt) throw new RetryLaterError(response.status, retryAt);
    throw new TrackingError('http', `The tracking service answered ${response.status}.`, response.status);
  }
  const body = await readCapped(response, MAX_BODY_BYTES, tooLarge);
  try {
    return JSON.parse(body);
  } catch {
    throw new TrackingError('invalid', 'The tracking service did not answer with JSON.');
  }
}
