import type {Stage, TrackingStatus} from '../model/tracking.js';

/** What one event says about the journey: the stage it reaches and/or a status it implies. */
export interface StageRule {
  stage?: Stage;
  status?: TrackingStatus;
}

/** Carrier code → rule. An entry without `stage` means "never moves the bar" (no keyword fallback). */
export type CodeTable = Readonly<Record<string, StageRule>>;

/** Builds a code table from rows of whitespace-separated codes sharing one rule. */
export function codeTable(rows: readonly (readonly [StageRule, string])[]): CodeTable {
  const table: Record<string, StageRule> = {};
  for (const [rule, codes] of rows) for (const code of codes.split(/\s+/)) if (code) table[code] = rule;
  return Object.freeze(table);
}
