/** The package's side-effect-free entry: the class, the tracking model and its helpers. Register with `order-tracker/define`. */
export {OrderTracker} from './element/order-tracker.js';
export type {
  OrderTrackerCopyDetail,
  OrderTrackerErrorDetail,
  OrderTrackerLoadDetail,
  OrderTrackerLookupDetail,
} from './element/order-tracker.js';
export {readTracking, detectFormat, type FormatChoice, type TrackingFormat} from './tracking/adapters/read-tracking.js';
export {TrackingError, type TrackingErrorKind} from './tracking/tracking-error.js';
export type {
  Carrier,
  DeliveryWindow,
  Stage,
  StepState,
  Tracking,
  TrackingEvent,
  TrackingStatus,
} from './tracking/model/tracking.js';
