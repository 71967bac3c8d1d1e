import {codeTable, type StageRule} from './rule.js';

/**
 * AfterShip checkpoint `tag` → stage (SPEC §5). `InTransit` is refined by the AfterShip
 * adapter (export → C, import/customs in the destination → E) before this table's B.
 */
export const AFTERSHIP_TAGS = codeTable([
  [{stage: 'A'}, 'InfoReceived'],
  [{stage: 'B'}, 'InTransit'],
  [{stage: 'H', status: 'out_for_delivery'}, 'OutForDelivery'],
  [{stage: 'H', status: 'delivered'}, 'Delivered'],
  [{stage: 'H', status: 'available_for_pickup'}, 'AvailableForPickup'],
  [{stage: 'H', status: 'failed_attempt'}, 'AttemptFail'],
  [{status: 'exception'}, 'Exception Expired'],
  [{status: 'pending'}, 'Pending'],
]);

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
  rule: StageRule;
  where: JourneyEnd;
  /** The checkpoint message says it… */
  message: RegExp;
  /** …or its subtag does (AfterShip: InTransit_007 departure scan, InTransit_005 customs cleared). */
  subtags: readonly string[];
}

/**
 * `InTransit` checkpoints refined (SPEC §5), first match wins, else the table's B:
 * export or departure in the origin country is C; import or customs in the destination is E.
 * A checkpoint or a tracking without a country does not block a refinement: the text decides.
 */
export const AFTERSHIP_IN_TRANSIT: readonly InTransitRefinement[] = [
  {rule: {stage: 'C'}, where: 'origin', message: /export|\bdepart(?!ment)/i, subtags: ['InTransit_007']},
  {rule: {stage: 'E'}, where: 'destination', message: /\bimport(?!an)|customs|clearance/i, subtags: ['InTransit_005']},
];

/** AfterShip courier slugs → the name a customer knows, for slugs that are no known carrier (src/links.ts). */
export const AFTERSHIP_COURIER_NAMES: Readonly<Record<string, string>> = {
  '4px': '4PX',
  cainiao: 'Cainiao',
  'china-ems': 'China EMS',
  'china-post': 'China Post',
  'ubi-logistics': 'UBI Logistics',
  yanwen: 'Yanwen',
  yunexpress: 'YunExpress',
  'yun-express': 'YunExpress',
  ontrac: 'OnTrac',
  lasership: 'LaserShip',
  'canada-post': 'Canada Post',
  'royal-mail': 'Royal Mail',
  'australia-post': 'Australia Post',
};
