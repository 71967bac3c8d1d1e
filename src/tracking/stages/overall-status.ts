import type {Stage, TrackingStatus} from '../model/tracking.js';
import type {StageRule} from './rule.js';
import {stageIndex} from './step-states.js';

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
 * The overall status (docs/behaviour.md#statuses) from rules ordered newest first: `pending`
 * without events; `delivered` once any event (or the payload) says so; else what the newest
 * telling event states (pickup, failed attempt, exception); else what the payload states;
 * else from the stage, as long as the newest telling event is at that stage — a customs
 * check after the local hand-off is not "customs", a return to the post office after a
 * delivery run is not "out for delivery" (the bar stays where it was; the status says
 * "in transit").
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
