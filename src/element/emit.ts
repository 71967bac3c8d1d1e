import type {Tracking} from '../tracking/model/tracking.js';
import type {TrackingError, TrackingErrorKind} from '../tracking/tracking-error.js';

/** `order-tracker-load`: the normalized tracking shown (README "Events"). */
export interface OrderTrackerLoadDetail {
  tracking: Tracking;
}
/** `order-tracker-error`: what failed, and how. */
export interface OrderTrackerErrorDetail {
  error: TrackingError;
  kind: TrackingErrorKind;
}

/** Dispatches one of the element's public events: they all bubble and cross shadow roots (README "Events"). */
export function emit<T>(target: EventTarget, type: string, detail: T) {
  target.dispatchEvent(new CustomEvent<T>(type, {detail, bubbles: true, composed: true}));
}

/** `order-tracker-error` for a failure, its kind beside it. */
export const emitError = (target: EventTarget, error: TrackingError) =>
  emit<OrderTrackerErrorDetail>(target, 'order-tracker-error', {error, kind: error.kind});
