import type {TrackingDraft} from '../model/draft.js';

/**
 * One input format (docs/behaviour.md#formats). An adapter only reads: it finds the fields
 * of its format and names the code table they use; the builder classifies the events.
 */
export interface Adapter {
  /** Whether a payload has this format's shape (for `format="auto"`, and to check an explicit format). */
  detect(json: unknown): boolean;
  /**
   * Reads a payload into a draft. Never throws on missing or mistyped fields; throws a
   * `TrackingError` only when the payload as a whole is an error answer (`invalid`, `not-found`).
   */
  read(json: unknown): TrackingDraft;
}
