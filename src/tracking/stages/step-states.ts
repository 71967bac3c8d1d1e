import {STAGES, type Stage, type StepState} from '../model/tracking.js';

/** A stage's place in A–H; -1 for none. */
export const stageIndex = (stage: Stage | undefined) => (stage ? STAGES.indexOf(stage) : -1);

/** State of each step A–H: before the current one done, it current, after it upcoming; delivered makes H done. */
export function stepStates(current: Stage | undefined, delivered: boolean): Record<Stage, StepState> {
  const at = stageIndex(current);
  const states = {} as Record<Stage, StepState>;
  STAGES.forEach((stage, index) => {
    states[stage] = index < at || (index === at && delivered) ? 'done' : index === at ? 'current' : 'upcoming';
  });
  return states;
}
