import type {CodeTable} from '../stages/rule.js';
import type {Instant} from './time.js';
import type {Carrier, Stage, TrackingStatus} from './tracking.js';

/** One event as an adapter read it: plain readings, not yet classified; the builder drops the unusable ones. */
export interface DraftEvent {
  instant: Instant | undefined;
  description: string | undefined;
  location?: string;
  /** The code shown in the normalized event. */
  code?: string;
  /** The codes to look up in the draft's code table, most specific first; `[code]` when absent. */
  codes?: readonly (string | undefined)[];
  /** A stage the data states outright (native `stage`, an AfterShip subtag with its country). */
  stage?: Stage;
  trackingNumber?: string;
}

/** What an adapter hands the builder: plain readings of its format and the code table they use. */
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
  /** The format's table of event codes (docs/behaviour.md#stages). */
  codeTable: CodeTable;
  events: DraftEvent[];
}
