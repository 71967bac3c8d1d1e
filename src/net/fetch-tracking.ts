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
  const timeout = AbortSignal.timeout(timeoutMs);
  let body: string;
  try {
    const response = await fetch(url, {
      signal: AbortSignal.any([signal, timeout]),
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
    if (timeout.aborted) throw new TrackingError('timeout', 'The tracking service took too long to answer.');
    throw new TrackingError('network', 'The tracking service could not be reached.');
  }
  try {
    return JSON.parse(body);
  } catch {
    throw new TrackingError('invalid', 'The tracking service did not answer with JSON.');
  }
}
