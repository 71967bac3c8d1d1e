import type {Stage, TrackingStatus} from '../model/tracking.js';
import {ruleFromDescription} from './description-keywords.js';
import type {CodeTable, StageRule} from './rule.js';

/** What the text of a stage-H event can say; anything else on the last leg is out for delivery. */
const LAST_LEG: readonly TrackingStatus[] = ['delivered', 'failed_attempt', 'available_for_pickup', 'out_for_delivery'];

/** What an event can mean besides its stage, whatever stage it is at (docs/behaviour.md#stages). */
const MEANINGS: readonly TrackingStatus[] = ['delivered', 'available_for_pickup', 'failed_attempt', 'exception'];

function lastLegStatus(description: string): TrackingStatus {
  const said = ruleFromDescription(description)?.status;
  return said && LAST_LEG.includes(said) ? said : 'out_for_delivery';
}

/** The first of the codes that the table knows, in the order the adapter gave them. */
function ruleFromCodes(codes: readonly (string | undefined)[], table: CodeTable): StageRule | undefined {
  for (const code of codes) if (code !== undefined && Object.hasOwn(table, code)) return table[code];
  return undefined;
}

/**
 * The rule for one event (docs/behaviour.md#stages): its code through the adapter's table,
 * else its description through the keyword table, else nothing. A stage the data states
 * (`stated`) replaces only the stage: delivered, pickup, a failed attempt or an exception
 * still come from the code and the text. A stage-H event without such a meaning is
 * out for delivery unless its text says otherwise.
 */
export function classifyEvent(
  description: string,
  codes: readonly (string | undefined)[],
  table: CodeTable,
  stated?: Stage,
): StageRule {
  const read = ruleFromCodes(codes, table) ?? ruleFromDescription(description) ?? {};
  // Beside a stated stage, a status that belongs to the last leg (out for delivery) stays only on H.
  const keeps = read.status && (MEANINGS.includes(read.status) || (stated === 'H' && read.stage === 'H'));
  const rule: StageRule = stated ? {stage: stated, ...(keeps && {status: read.status})} : read;
  if (rule.stage !== 'H' || rule.status) return rule;
  return {stage: 'H', status: lastLegStatus(description)};
}
