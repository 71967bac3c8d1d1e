/** Kinds of failure of the `order-tracker-error` event (README "Events", docs/behaviour.md#faults). */
export type TrackingErrorKind = 'network' | 'timeout' | 'http' | 'not-found' | 'invalid';

/** A failure to get or read tracking data, classified for the customer's message. */
export class TrackingError extends Error {
  override name = 'TrackingError';
  constructor(
    readonly kind: TrackingErrorKind,
    message: string,
    /** HTTP status, for `http` and `not-found`. */
    readonly status?: number,
    /** The number a `not-found` answer names, when it names one. */
    readonly trackingNumber?: string,
  ) {
    super(message);
  }
}

/** A failure as the customer's message and `order-tracker-error` read it: anything unforeseen is `invalid`. */
export const asTrackingError = (reason: unknown): TrackingError =>
  reason instanceof TrackingError ? reason : new TrackingError('invalid', 'The tracking data could not be read.');

/** A number refused before any request (README "Numbers"): `invalid`, naming what was typed. */
export const refusedNumberError = (typed: string) =>
  new TrackingError('invalid', 'This is not a tracking number.', undefined, typed);
