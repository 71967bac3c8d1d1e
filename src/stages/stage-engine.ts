import {STAGES, type Stage, type StepState, type TrackingStatus} from '../model/tracking.js';
import {ruleFromDescription} from './description-keywords.js';
import type {CodeTable, StageRule} from './rule.js';

// Delivered per its text: "delivered", but not "out for delivery", an attempt or a promise.
const DELIVERED_TEXT = /\bdelivered\b|\bsigned (?:for|by)\b|签收|妥投/i;
const NOT_DELIVERED_TEXT = /out for delivery|attempt|not (?:been )?delivered|undeliver|(?:will|to) be delivered/i;

const saysDelivered = (description: string) =>
  DELIVERED_TEXT.test(description) && !NOT_DELIVERED_TEXT.test(description);

/**
 * The rule for one event (SPEC §5): its explicit stage, else its code through the
 * adapter's table, else its description through the keyword table, else nothing.
 * A stage-H event counts as delivered when its code or its text says so.
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
  return {stage: 'H', status: saysDelivered(description) ? 'delivered' : 'out_for_delivery'};
}

const stageIndex = (stage: Stage | undefined) => (stage ? STAGES.indexOf(stage) : -1);

/** The highest stage any event reached: a later, lower event (a second customs check) does not move the bar back. */
export function highestStage(rules: readonly StageRule[]): Stage | undefined {
  let best: Stage | undefined;
  for (const {stage} of rules) if (stageIndex(stage) > stageIndex(best)) best = stage;
  return best;
}

/** State of each step A–H: before the current one done, it current, after it upcoming; delivered makes H done. */
export function stepStates(current: Stage | undefined, delivered: boolean): Record<Stage, StepState> {
  const at = stageIndex(current);
  const states = {} as Record<Stage, StepState>;
  STAGES.forEach((stage, index) => {
    states[stage] = index < at || (index === at && delivered) ? 'done' : index === at ? 'current' : 'upcoming';
  });
  return states;
}

/** Statuses an event or the payload can state outright; the others follow from the stage. */
const STATED_STATUSES: readonly TrackingStatus[] = ['available_for_pickup', 'failed_attempt', 'exception', 'pending'];

const STATUS_OF_STAGE: Partial<Record<Stage, TrackingStatus>> = {E: 'customs', H: 'out_for_delivery'};

/**
 * The overall status of SPEC §6 from rules ordered newest first: `pending` without events;
 * `delivered` once any event (or the payload) says so; else what the newest telling event
 * states (pickup, failed attempt, exception); else what the payload states; else from the stage.
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
  if (hint && STATED_STATUSES.includes(hint) && hint !== 'pending') return hint;
  return (current && STATUS_OF_STAGE[current]) || 'in_transit';
}

const DAY = 86_400_000;

/** Whole days, rounded down, from the first event to `end` (delivery, or now). */
export const transitDays = (firstEpoch: number, endEpoch: number) =>
  Math.max(0, Math.floor((endEpoch - firstEpoch) / DAY));
