import {codeTable} from './rule.js';

/**
 * CAINIAO `detailList[].actionCode` → stage (SPEC §5). Forecasts (`LAST_MILE_ASN_NOTIFY`,
 * `COMMON_INTRANSIT`) are announcements, not scans, so they never move the bar; a pickup
 * station signing for the parcel (`GTMS_STA_SIGNED`) means it waits for the customer, not
 * that it was delivered.
 */
export const CAINIAO_ACTION_CODES = codeTable([
  [{stage: 'A'}, 'GWMS_ACCEPT GWMS_PACKAGE GWMS_PICK GWMS_OUTBOUND CONSIGN WMS_CONFIRMED PU_PICKUP_SUCCESS'],
  [{stage: 'B'}, 'CW_INBOUND CW_OUTBOUND SC_INBOUND_SUCCESS SC_OUTBOUND_SUCCESS TRANSFER_ARRIVE TRANSFER_DEPART'],
  [{stage: 'C'}, 'LH_HO_IN_SUCCESS CC_EX_START CC_EX_SUCCESS LH_HO_AIRLINE'],
  [{stage: 'D'}, 'LH_DEPART LH_ARRIVE LH_TRANS_ARRIVE LH_TRANS_DEPART'],
  [
    {stage: 'E'},
    'CC_HO_IN_SUCCESS CC_IM_START CC_IM_PROCESS CC_IM_SUCCESS CC_HO_OUT_SUCCESS CUSTOMS_ARRIVED_IN_AREA_CALLBACK',
  ],
  [{stage: 'F'}, 'LH_HO_OUT_SUCCESS GTMS_ACCEPT SL_ACCEPT'],
  [{stage: 'G'}, 'GTMS_SC_ARRIVE GTMS_SC_DEPART GTMS_DO_ARRIVE GTMS_STATION_IN GTMS_STATION_OUT'],
  [{stage: 'H', status: 'out_for_delivery'}, 'GTMS_DO_DEPART GTMS_DELIVERING LM_DELIVERY_DEPART'],
  [{stage: 'H', status: 'delivered'}, 'GTMS_SIGNED LM_SIGN_SUCCESS GSTA_SIGN GSTA_BUYER_SIGN'],
  [{}, 'LAST_MILE_ASN_NOTIFY COMMON_INTRANSIT'],
  [{status: 'available_for_pickup'}, 'GTMS_STA_SIGNED GTMS_STA_INBOUND GSTA_INBOUND GSTA_ARRIVE GSTA_NOTIFY'],
]);

/**
 * Codes the local delivery company reports (its own scans after CAINIAO's hand-off). When the
 * parcel has a second number, events with these codes belong to that number.
 */
export const CAINIAO_LOCAL_CARRIER_CODES = /^(?:GTMS|LM|GSTA)_/;
