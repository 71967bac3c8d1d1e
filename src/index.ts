/** The package's side-effect-free entry: the class, the tracking model and its helpers. Register with `order-tracker/define`. */
export {OrderTracker} from './order-tracker.js';
export type {OrderTrackerCopyDetail, OrderTrackerErrorDetail, OrderTrackerLoadDetail} from './order-tracker.js';
export {readTracking, detectFormat, type FormatChoice, type TrackingFormat} from './adapters/read-tracking.js';
export {TrackingError, type TrackingErrorKind} from './tracking-error.js';
export type {Carrier, DeliveryWindow, Stage, StepState, Tracking, TrackingEvent, TrackingStatus} from './model/tracking.js';
