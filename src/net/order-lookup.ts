import {readTrackingNumber} from '../tracking/tracking-number.js';
import {FETCH_TIMEOUT_MS} from './fetch-tracking.js';

/**
 * Why an order lookup gave no numbers (README "Order lookup endpoint"): `not-found` (404: no
 * order with that number and email), `rate-limited` (429), `no-numbers` (the order has not
 * shipped yet), `network` (no answer, or none in time), `failed` (any other answer).
 */
export type OrderLookupFailure = 'not-found' | 'rate-limited' | 'no-numbers' | 'network' | 'failed';

export class OrderLookupError extends Error {
  override name = 'OrderLookupError';
  constructor(readonly kind: OrderLookupFailure) {
    super(`The order lookup failed: ${kind}.`);
  }
}

/**
 * Asks the shop's endpoint for an order's tracking numbers: a POST of `{order, email}` as JSON
 * (the email travels only in this body: never in a URL, never stored or logged), with the
 * shop's cookies (same origin), expecting `{"trackingNumbers": [...]}`. Resolves with the
 * accepted numbers, normalized; an abort through `signal` rejects with its reason.
 */
export async function lookUpOrder(
  url: string,
  order: {order: string; email: string},
  signal: AbortSignal,
  timeoutMs = FETCH_TIMEOUT_MS,
): Promise<string[]> {
  let body: string;
  try {
    const response = await fetch(url, {
      method: 'POST',
      signal: AbortSignal.any([signal, AbortSignal.timeout(timeoutMs)]),
      headers: {'content-type': 'application/json', accept: 'application/json'},
      credentials: 'same-origin',
      body: JSON.stringify({order: order.order, email: order.email}),
    });
    if (response.status === 404) throw new OrderLookupError('not-found');
    if (response.status === 429) throw new OrderLookupError('rate-limited');
    if (!response.ok) throw new OrderLookupError('failed');
    body = await response.text();
  } catch (error) {
    if (error instanceof OrderLookupError) throw error;
    if (signal.aborted) throw signal.reason;
    throw new OrderLookupError('network');
  }
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    throw new OrderLookupError('failed');
  }
  return orderNumbers(json);
}

/** The accepted numbers of an answer, once each; a number that could leave its placeholder is dropped. */
function orderNumbers(json: unknown): string[] {
  const listed = (json as {trackingNumbers?: unknown} | null)?.trackingNumbers;
  if (!Array.isArray(listed)) throw new OrderLookupError('failed');
  const numbers = new Set<string>();
  for (const item of listed) {
    const reading = typeof item === 'string' ? readTrackingNumber(item) : undefined;
    if (reading?.ok) numbers.add(reading.number);
  }
  if (numbers.size) return [...numbers];
  throw new OrderLookupError(listed.length ? 'failed' : 'no-numbers');
}
