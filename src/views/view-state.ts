import type {Messages} from '../i18n/messages.js';
import type {Stage} from '../tracking/model/tracking.js';

/** A copy that failed: which button, and the text it could not copy. */
export interface CopyFailure {
  part: string;
  text: string;
}

/** When the CAINIAO block shows: when the parcel travels with CAINIAO, always, or never (README "API"). */
export type CainiaoChoice = 'auto' | 'always' | 'never';

/** What every view reads: plain state, handed down by the element on each render. */
export interface ViewState {
  messages: Messages;
  locale: string;
  /** The stage whose meaning the customer chose to read; the current one otherwise. */
  chosenStage?: Stage;
  /** The `cainiao-url` template, or '' for CAINIAO's own page. */
  cainiaoUrl: string;
  /** The `cainiao` attribute. */
  cainiao: CainiaoChoice;
  /** Level of the status heading (1–6); section headings are one below. */
  headingLevel: number;
  /** Events shown before "Show all" (0: all), and whether the customer asked for all. */
  historyLimit: number;
  historyExpanded: boolean;
  /** Which copy button says "Copied" right now. */
  copiedPart?: string;
  /** The copy that failed, shown beside its button until the next try. */
  copyFailure?: CopyFailure;
  /** When the tracking shown was loaded: the notice after a failed refresh, "3 hours ago". */
  loadedAt: number;
  /** Whether the last refresh failed. */
  stale: boolean;
  /** When the next automatic try is planned after a failure (ms since the epoch); 0 or absent for none. */
  nextTryAt?: number;
}

/** What a view may ask of the element; the element decides what each one does. */
export interface ViewActions {
  /** Shows what a stage means under the bar; undefined goes back to the current stage. */
  chooseStage(stage: Stage | undefined): void;
  /** Tells the element a copy of `text` (button `part`) was started; `written` says whether it worked. */
  copy(text: string, part: string, written: Promise<boolean>): void;
  retry(): void;
  /** Shows the whole log, or only its newest events again. */
  toggleHistory(): void;
}
