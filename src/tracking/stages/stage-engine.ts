import type {Stage, TrackingStatus} from '../model/tracking.js';
import {stageIndex} from './step-states.js';
import {ruleFromDescription} from './description-keywords.js';
import type {CodeTable, StageRule} from './rule.js';

/** What the text of a stage-H event can say; anything else on the last leg is out for delivery. */
const LAST_LEG: readonly TrackingStatus[] = ['delivered', 'failed_attempt', 'available_for_pickup', 'out_for_delivery'];

function lastLegStatus(description: string): TrackingStatus {
  const said = ruleFromDescription(description)?.status;
  return said && LAST_LEG.includes(said) ? said : 'out_for_delivery';
}

/**
 * The rule for one event (SPEC §5): its explicit stage, else its code through the
 * adapter's table, else its description through the keyword table, else nothing.
 * A stage-H event counts as delivered (or attempted) when its code or its text says so.
 */
export function classifyEvent(
  description: string,
  code: string | undefined,
  table: CodeTable,
  explicit?: Stage,
): StageRule {
  const rule: StageRule = explicit
    ? {stage: explicit}
    : ((code !== undefined && Object.hasOwn(table, code) ? table[code] : undefined) ??
      ruleFromDescription(description) ??
      {});
  if (rule.stage !== 'H' || rule.status) return rule;
  return {stage: 'H', status: lastLegStatus(description)};
}

/** The highest stage any event reached: a later, lower event (a second customs check) does not move the bar back. */
export function highestStage(rules: readonly StageRule[]): Stage | undefined {
  let best: Stage | undefined;
  for (const {stage} of rules) if (stageIndex(stage) > stageIndex(best)) best = stage;
  return best;
}

/** Statuses an event or the payload can state outright; the others follow from the stage. */
const STATED_STATUSES: readonly TrackingStatus[] = ['available_for_pickup', 'failed_attempt', 'exception'];

const STATUS_OF_STAGE: Partial<Record<Stage, TrackingStatus>> = {E: 'customs', H: 'out_for_delivery'};

/**
 * The overall status of SPEC §6 from rules ordered newest first: `pending` without events;
 * `delivered` once any event (or the payload) says so; else what the newest telling event
 * states (pickup, failed attempt, exception); else what the payload states; else from the
 * stage, as long as the newest telling event is at that stage — a customs check after the
 * local hand-off is not "customs", a return to the post office after a delivery run is not
 * "out for delivery" (the bar stays where it was; the status says "in transit").
 */
export function overallStatus(
  rulesNewestFirst: readonly StageRule[],
  current: Stage | undefined,
  hint?: TrackingStatus,
): TrackingStatus {
  if (rulesNewestFirst.length === 0) return 'pending';
  if (hint === 'delivered' || rulesNewestFirst.some((rule) => rule.status === 'delivered')) return 'delivered';
  const newest = rulesNewestFirst.find((rule) => rule.stage || rule.status);
  if (newest?.status && STATED_STATUSES.includes(newest.status)) return newest.status;
  if (hint && STATED_STATUSES.includes(hint)) return hint;
  return (current && newest?.stage === current && STATUS_OF_STAGE[current]) || 'in_transit';
}

const DAY = 86_400_000;

/** Whole days, rounded down, from the first event to `end` (delivery, or now). */
export const transitDays = (firstEpoch: number, endEpoch: number) =>
  Math.max(0, Math.floor((endEpoch - firstEpoch) / DAY));
