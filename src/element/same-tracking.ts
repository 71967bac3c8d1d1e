import type {Tracking} from '../tracking/model/tracking.js';

/**
 * Whether two trackings say the same (docs/behaviour.md#refresh): a refresh that brings the
 * same keeps what is shown and fires no `order-tracker-load`. A tracking is plain data built by
 * the same adapter in the same order, so its JSON is a faithful, compact comparison (a field
 * set to `undefined` counts as absent).
 */
export const sameTracking = (a: Tracking, b: Tracking) => JSON.stringify(a) === JSON.stringify(b);
