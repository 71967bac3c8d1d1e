import type {Stage} from '../model/tracking.js';
import {CAINIAO_ACTION_CODES} from './cainiao-action-codes.js';
import {codeTable, type CodeTable} from './rule.js';

/**
 * AfterShip checkpoint `tag` → stage (docs/behaviour.md#stages). Subtags refine a tag's
 * meaning only for `InTransit` (below); every other subtag means what its tag means.
 */
export const AFTERSHIP_TAGS = codeTable([
  // Carrier has the shipping information, not yet the parcel.
  [{stage: 'A'}, 'InfoReceived'],
  // Carrier has the parcel and it is moving; refined to C, E or F below.
  [{stage: 'B'}, 'InTransit'],
  [{stage: 'H', status: 'out_for_delivery'}, 'OutForDelivery'],
  [{stage: 'H', status: 'delivered'}, 'Delivered'],
  [{stage: 'H', status: 'available_for_pickup'}, 'AvailableForPickup'],
  [{stage: 'H', status: 'failed_attempt'}, 'AttemptFail'],
  // Customs holds, returns, damage, loss; Expired: no news for 30 days.
  [{status: 'exception'}, 'Exception Expired'],
  // Not yet tracked: says nothing about the parcel.
  [{status: 'pending'}, 'Pending'],
]);

/**
 * The table an AfterShip tracking is read with: its tags, and CAINIAO's action codes, which
 * AfterShip hands on as `raw_tag` on the checkpoints of its `cainiao` courier (its own subtags
 * there call export customs "customs clearance started" and a warehouse release a "departure scan").
 */
export const AFTERSHIP_CODES: CodeTable = Object.freeze({...CAINIAO_ACTION_CODES, ...AFTERSHIP_TAGS});

/** AfterShip tracking-level `tag` → status hint for the whole parcel. */
export const AFTERSHIP_STATUS = {
  Pending: 'pending',
  InfoReceived: 'in_transit',
  InTransit: 'in_transit',
  OutForDelivery: 'out_for_delivery',
  AttemptFail: 'failed_attempt',
  Delivered: 'delivered',
  AvailableForPickup: 'available_for_pickup',
  Exception: 'exception',
  Expired: 'exception',
} as const;

/** Which end of the journey a checkpoint must be in for an `InTransit` refinement to apply. */
export type JourneyEnd = 'origin' | 'destination';

export interface InTransitRefinement {
  stage: Stage;
  where: JourneyEnd;
  /** The checkpoint message says it… */
  message: RegExp;
  /** …or its subtag does. */
  subtags: readonly string[];
}

/**
 * `InTransit` checkpoints refined to the stage they state, first match wins, else the
 * table's B. A checkpoint or a tracking without a country does not block a refinement.
 */
export const AFTERSHIP_IN_TRANSIT: readonly InTransitRefinement[] = [
  // InTransit_007 "departure scan": leaving a facility of the origin country is C.
  {stage: 'C', where: 'origin', message: /export|\bdepart(?!ment)/i, subtags: ['InTransit_007']},
  // InTransit_006 "customs clearance started", InTransit_005 "completed": customs of the destination is E.
  {
    stage: 'E',
    where: 'destination',
    message: /\bimport(?!an)|customs|clearance/i,
    subtags: ['InTransit_005', 'InTransit_006'],
  },
  // InTransit_004 "arrived at destination country": the parcel reached the destination, F.
  {
    stage: 'F',
    where: 'destination',
    message: /arrived (?:at|in) (?:the )?destination country/i,
    subtags: ['InTransit_004'],
  },
];
