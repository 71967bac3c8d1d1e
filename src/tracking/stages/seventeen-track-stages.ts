import {codeTable} from './rule.js';

/**
 * 17TRACK event `stage`, milestone `key_stage` and event `sub_status` → stage
 * (docs/behaviour.md#stages). Sub-statuses come from 17TRACK's v2 status list. The
 * customs sub-statuses (`InTransit_CustomsProcessing`, `…Released`, `…RequiringInformation`)
 * and `InTransit_Other` stay out on purpose: 17TRACK gives them to export customs and to
 * every kind of scan alike, so the description keywords tell C, E and F apart.
 */
export const SEVENTEEN_TRACK_STAGES = codeTable([
  // The carrier has the shipping information, not the parcel yet.
  [{stage: 'A'}, 'InfoReceived'],
  // The carrier collected the parcel.
  [{stage: 'B'}, 'PickedUp InTransit_PickedUp'],
  // It left the origin country.
  [{stage: 'D'}, 'Departure InTransit_Departure'],
  // It arrived in the destination country.
  [{stage: 'F'}, 'Arrival InTransit_Arrival'],
  [{stage: 'H', status: 'out_for_delivery'}, 'OutForDelivery OutForDelivery_Other'],
  [{stage: 'H', status: 'available_for_pickup'}, 'AvailableForPickup AvailableForPickup_Other'],
  // Nobody home, security, refused, bad address: an attempt that failed.
  [
    {stage: 'H', status: 'failed_attempt'},
    'DeliveryFailure DeliveryFailure_Other DeliveryFailure_NoBody DeliveryFailure_Security DeliveryFailure_Rejected DeliveryFailure_InvalidAddress',
  ],
  [{stage: 'H', status: 'delivered'}, 'Delivered Delivered_Other'],
  // Going back, gone back, held, damaged, lost, destroyed, cancelled or no news for long.
  [
    {status: 'exception'},
    'Returning Returned Exception Expired Expired_Other Exception_Other Exception_Returning Exception_Returned Exception_NoBody Exception_Security Exception_Damage Exception_Rejected Exception_Delayed Exception_Lost Exception_Destroyed Exception_Cancel',
  ],
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

/** 17TRACK v1 `track.e` (package status code) → status hint. */
export const SEVENTEEN_TRACK_V1_STATUS: Readonly<
  Record<string, 'in_transit' | 'available_for_pickup' | 'failed_attempt' | 'delivered' | 'exception'>
> = {
  // 10 in transit.
  10: 'in_transit',
  // 20 expired: no news for too long.
  20: 'exception',
  // 30 ready for pickup.
  30: 'available_for_pickup',
  // 35 undelivered: an attempt that failed.
  35: 'failed_attempt',
  // 40 delivered.
  40: 'delivered',
  // 50 alert: returned, held or lost.
  50: 'exception',
};
