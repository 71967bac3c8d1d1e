import {TrackingError} from '../tracking/tracking-error.js';

/** A request, body included, gets 15 seconds (docs/behaviour.md#faults). */
export const FETCH_TIMEOUT_MS = 15_000;

/**
 * Starts the request for tracking JSON and hands its response to `read`, which checks the
 * status and reads the body within the same time limit (src/net/read-tracking-response.ts:
 * that half comes with the view, so the script a shop embeds only starts the request). Every
 * failure is a `TrackingError` (`network`, `timeout`, or what `read` found); an abort through
 * `signal` rejects with the abort reason, untouched, so the caller can tell it apart.
 */
export async function fetchTracking<T>(
  url: string,
  signal: AbortSignal,
  read: (response: Response) => Promise<T>,
  timeoutMs = FETCH_TIMEOUT_MS,
): Promise<T> {
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
  try {
    // The request a `<link rel="preload" as="fetch" crossorigin>` makes: CORS mode, same-origin
    // credentials, no header of our own (an `accept` of our own can keep an engine from reusing
    // the preload), so the page's preload answers it (README "Faster first view").
    return await read(await fetch(url, {signal: controller.signal, mode: 'cors', credentials: 'same-origin'}));
  } catch (error) {
    if (error instanceof TrackingError) throw error;
    if (signal.aborted) throw signal.reason;
    if (timedOut) throw new TrackingError('timeout', 'The tracking service took too long to answer.');
    throw new TrackingError('network', 'The tracking service could not be reached.');
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', forwardAbort);
  }
}
