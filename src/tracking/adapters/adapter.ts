import type {TrackingDraft} from '../model/draft.js';

/** One input format of SPEC §4. */
export interface Adapter {
  /** Whether a payload has this format's shape (for `format="auto"`). */
  detect(json: unknown): boolean;
  /**
   * Reads a payload into a draft. Never throws on missing or mistyped fields; throws a
   * `TrackingError` only when the payload as a whole is an error answer (`invalid`, `not-found`).
   */
  read(json: unknown): TrackingDraft;
}
