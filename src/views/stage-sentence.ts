import {deliveryDate, stageDate} from '../i18n/format.js';
import {fill, type AllMessages} from '../i18n/messages.js';
import type {Stage, Tracking} from '../tracking/model/tracking.js';
import {stepStates} from '../tracking/stages/step-states.js';

/** What the description under the progress bar says of one stage: its title and one sentence. */
export interface StageSentence {
  title: string;
  text: string;
}

const ARRIVALS = ['out_for_delivery', 'available_for_pickup', 'failed_attempt'] as const;
type Arrival = (typeof ARRIVALS)[number];
const isArrival = (status: string): status is Arrival => (ARRIVALS as readonly string[]).includes(status);

/**
 * The sentence for a stage in the tense of its step: done ("Done on Nov 7: it cleared customs in
 * your country."), current (what it means now), upcoming ("Next: it reaches a major hub in your
 * country."), however far ahead. Stage H, once reached, reads as what happened: delivered on
 * a date, out for delivery, waiting at a pickup point or a failed attempt.
 */
export function stageSentence(tracking: Tracking, stage: Stage, m: AllMessages, locale: string): StageSentence {
  const state = stepStates(tracking.stage, tracking.delivered)[stage];
  const {status} = tracking;
  if (stage === 'H' && state !== 'upcoming') {
    const date = deliveryDate(tracking, locale);
    if (tracking.delivered && date) return {title: fill(m.deliveredOn, {date}), text: m.arrival.delivered};
    if (isArrival(status)) return {title: m.status[status], text: m.arrival[status]};
  }
  const title = m.stageLabel[stage];
  if (state === 'current') return {title, text: m.stageMeaning[stage]};
  if (state === 'done') {
    const date = stageDate(tracking, stage, locale);
    const meaning = m.stageDone[stage];
    return {title, text: date ? fill(m.stepDone, {date, meaning}) : fill(m.stepDoneUndated, {meaning})};
  }
  return {title, text: fill(m.stepNext, {meaning: m.stageNext[stage]})};
}
