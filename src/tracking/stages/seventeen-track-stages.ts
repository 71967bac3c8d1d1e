import {codeTable} from './rule.js';

/** 17TRACK event `stage` / milestone `key_stage` → stage (SPEC §5). */
export const SEVENTEEN_TRACK_STAGES = codeTable([
  [{stage: 'A'}, 'InfoReceived'],
  [{stage: 'B'}, 'PickedUp'],
  [{stage: 'D'}, 'Departure'],
  [{stage: 'F'}, 'Arrival'],
  [{stage: 'H', status: 'out_for_delivery'}, 'OutForDelivery'],
  [{stage: 'H', status: 'available_for_pickup'}, 'AvailableForPickup'],
  [{stage: 'H', status: 'failed_attempt'}, 'DeliveryFailure'],
  [{stage: 'H', status: 'delivered'}, 'Delivered'],
  [{status: 'exception'}, 'Returning Returned Exception Expired'],
]);

/** 17TRACK `latest_status.status` → status hint for the whole parcel. */
export const SEVENTEEN_TRACK_STATUS = {
  InfoReceived: 'in_transit',
  InTransit: 'in_transit',
  OutForDelivery: 'out_for_delivery',
  AvailableForPickup: 'available_for_pickup',
  DeliveryFailure: 'failed_attempt',
  Delivered: 'delivered',
  Exception: 'exception',
  Expired: 'exception',
} as const;
