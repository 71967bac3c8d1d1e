import type {ServiceAnswer} from './service-request.js';

/** Headers of every answer: JSON that no browser may sniff into anything else. */
const BASE_HEADERS = {
  'content-type': 'application/json; charset=utf-8',
  'x-content-type-options': 'nosniff',
};

export const NO_STORE = 'no-store';

/** A JSON answer with the base headers, the given ones and no body for `HEAD`. */
export const jsonAnswer = (
  status: number,
  body: string,
  headers: Record<string, string>,
  method: string,
): ServiceAnswer => ({
  status,
  headers: {...BASE_HEADERS, ...headers},
  body: method === 'HEAD' ? null : body,
});

/** Error codes clients can rely on, and the message each carries (fixed text: nothing from upstream). */
export const ERRORS = {
  'invalid-number': 'Not a tracking number: 5 to 50 letters, digits or hyphens.',
  'not-found': 'Nothing is served at this address.',
  'unknown-number': 'The carrier has no tracking for this number.',
  'method-not-allowed': 'Only GET and HEAD are answered.',
  'origin-not-allowed': 'This origin may not call the tracking service.',
  'rate-limited': 'Too many lookups from this client: wait and try again.',
  'upstream-refused': "The carrier's tracking service refused the lookup for now: try again later.",
  'upstream-failed': "The carrier's tracking service answered with an error.",
  'upstream-timeout': "The carrier's tracking service took too long to answer.",
} as const;

export type ErrorCode = keyof typeof ERRORS;

/** `{"error": code, "message": …}`, plus what the request gave (as text) for a refused number. */
export const errorBody = (code: ErrorCode, typed?: string) =>
  JSON.stringify(
    typed === undefined ? {error: code, message: ERRORS[code]} : {error: code, message: ERRORS[code], typed},
  );
