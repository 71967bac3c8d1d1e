import {TrackingError} from '../tracking/tracking-error.js';

/** A request, body included, gets 15 seconds (docs/behaviour.md#faults). */
export const FETCH_TIMEOUT_MS = 15_000;

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
    const response = await fetch(url, {
      signal: controller.signal,
      headers: {accept: 'application/json'},
      credentials: 'same-origin',
    });
    if (response.status === 404) throw new TrackingError('not-found', 'No tracking found for this number.', 404);
    if (!response.ok)
      throw new TrackingError('http', `The tracking service answered ${response.status}.`, response.status);
    body = await response.text();
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
