import type {StageRule} from '../stages/rule.js';
import type {Instant} from './time.js';
import type {Carrier, TrackingStatus} from './tracking.js';

/** One event as an adapter read it, already classified; the builder drops the unusable ones. */
export interface DraftEvent extends StageRule {
  instant: Instant | undefined;
  description: string | undefined;
  location?: string;
  code?: string;
  trackingNumber?: string;
}

/** What an adapter hands the builder: plain readings of its format, no derived facts. */
export interface TrackingDraft {
  trackingNumber?: string;
  latestTrackingNumber?: string;
  /** Status the payload states; only trusted for delivered, pickup, failed attempt and exception. */
  statusHint?: TrackingStatus;
  origin?: string;
  destination?: string;
  deliveryLocation?: string;
  /** `YYYY-MM-DD` strings, ISO date-times or epoch milliseconds. */
  estimatedDelivery?: {from?: unknown; to?: unknown};
  carrier?: Partial<Carrier>;
  events: DraftEvent[];
}
