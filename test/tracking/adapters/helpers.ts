import {expect} from '@open-wc/testing';
import {readTracking, type FormatChoice} from '../../../src/tracking/adapters/read-tracking.js';
import type {Tracking} from '../../../src/tracking/model/tracking.js';
import {stepStates} from '../../../src/tracking/stages/step-states.js';
import {TrackingError, type TrackingErrorKind} from '../../../src/tracking/tracking-error.js';

/** A fixed "now" for every adapter test: 28 November 2026, noon UTC. */
export const NOW = Date.UTC(2026, 10, 28, 12);

/** The step states A–H as one line, e.g. "done done done done current upcoming upcoming upcoming". */
export const steps = (tracking: Tracking) => Object.values(stepStates(tracking.stage, tracking.delivered)).join(' ');

/** Asserts that `run` throws a TrackingError of `kind` whose message matches `message`. */
export function expectTrackingError(run: () => unknown, kind: TrackingErrorKind, message: RegExp) {
  let thrown: unknown;
  try {
    run();
  } catch (error) {
    thrown = error;
  }
  expect(thrown, 'a TrackingError').to.be.instanceOf(TrackingError);
  expect((thrown as TrackingError).kind).to.equal(kind);
  expect((thrown as TrackingError).message).to.match(message);
}

/** Values of the wrong type, for "every field missing, null or mistyped" payloads. */
export const JUNK: readonly unknown[] = [null, 42, -1, '', '   ', 'junk', true, [], [1, 2], {}, {a: 1}, NaN];

/** Reads a payload at the fixed NOW, without a fallback number. */
export const read = (json: unknown, format: FormatChoice = 'auto') => readTracking(json, format, '', NOW);

/** The facts of the overview and the bar, for one deep comparison. */
export const overview = (tracking: Tracking) => ({
  trackingNumber: tracking.trackingNumber,
  latestTrackingNumber: tracking.latestTrackingNumber,
  status: tracking.status,
  stage: tracking.stage,
  delivered: tracking.delivered,
  steps: steps(tracking),
});
