/**
 * What one lookup at the carrier's tracking service came to (README "The tracking service"):
 * tracking JSON to pass on unchanged, a number the upstream does not know, a refusal (rate
 * limit, captcha, quota: answered 503 with Retry-After, never cached) or a failure (502, 504).
 */
export type UpstreamOutcome =
  | {kind: 'answer'; body: string; json: unknown}
  | {kind: 'not-found'}
  | {kind: 'refused'; reason: string; retryAfterSeconds: number}
  | {kind: 'failed'; status: 502 | 504; reason: string};

/** The outcomes that are no answer: a stale copy is served instead when there is one. */
export type UpstreamFailure = Extract<UpstreamOutcome, {kind: 'refused' | 'failed'}>;

/** Waiting time sent with a refusal when the upstream names none. */
export const DEFAULT_RETRY_AFTER_SECONDS = 60;

export const refused = (reason: string, retryAfterSeconds = DEFAULT_RETRY_AFTER_SECONDS): UpstreamFailure => ({
  kind: 'refused',
  reason,
  retryAfterSeconds,
});

export const failed = (reason: string, status: 502 | 504 = 502): UpstreamFailure => ({kind: 'failed', status, reason});

export const answer = (body: string, json: unknown): UpstreamOutcome => ({kind: 'answer', body, json});

/** A failure met deep inside a provider's exchange (timeout, unreachable, body too large). */
export class UpstreamError extends Error {
  override name = 'UpstreamError';
  constructor(readonly outcome: UpstreamFailure) {
    super(outcome.reason);
  }
}
