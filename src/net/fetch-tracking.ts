import {TrackingError} from '../tracking/tracking-error.js';
import {readCapped} from './read-capped.js';
import {retryAfter} from './retry-after.js';

/** A request, body included, gets 15 seconds (docs/behaviour.md#faults). */
export const FETCH_TIMEOUT_MS = 15_000;
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

/**
 * Fetches tracking JSON, classifying every failure as a `TrackingError`
 * (`network`, `timeout`, `http`, `not-found`, `invalid`). An abort through `signal`
 * rejects with the abort reason, untouched, so the caller can tell it apart.
 */
export async function fetchTrackingJson(
  url: string,
  signal: AbortSignal,
  timeoutMs = FETCH_TIMEOUT_MS,
): Promise<unknown> {
  // One controller of our own, aborted by a timer or by the caller: WebKit loses the abort of an
  // `AbortSignal.any()` signal once the headers are in, and the body would then wait forever.
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const forwardAbort = () => controller.abort(signal.reason);
  if (signal.aborted) forwardAbort();
  else signal.addEventListener('abort', forwardAbort, {once: true});
  let body: string;
  try {
    // The request a `<link rel="preload" as="fetch" crossorigin>` makes: CORS mode, same-origin
    // credentials, no header of our own (an `accept` of our own can keep an engine from reusing
    // the preload), so the page's preload answers it (README "Faster first view").
    const response = await fetch(url, {signal: controller.signal, mode: 'cors', credentials: 'same-origin'});
    if (response.status === 404) throw new TrackingError('not-found', 'No tracking found for this number.', 404);
    if (!response.ok) {
      const retryAt = retryAfter(response.status, response.headers.get('retry-after'), Date.now());
      if (retryAt) throw new RetryLaterError(response.status, retryAt);
      throw new TrackingError('http', `The tracking service answered ${response.status}.`, response.status);
    }
    body = await readCapped(response, MAX_BODY_BYTES, tooLarge);
  } catch (error) {
    if (error instanceof TrackingError) throw error;
    if (signal.aborted) throw signal.reason;
    if (timedOut) throw new TrackingError('timeout', 'The tracking service took too long to answer.');
    throw new TrackingError('network', 'The tracking service could not be reached.');
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', forwardAbort);
  }
  try {
    return JSON.parse(body);
  } catch {
    throw new TrackingError('invalid', 'The tracking service did not answer with JSON.');
  }
}

const tooLarge = () => new TrackingError('invalid', 'The tracking service answered with too much data.');
