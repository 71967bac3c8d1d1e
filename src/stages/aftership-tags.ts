import {codeTable} from './rule.js';

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
