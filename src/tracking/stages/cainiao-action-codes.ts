import {codeTable} from './rule.js';

/**
 * CAINIAO `detailList[].actionCode` → stage (docs/behaviour.md#stages). The codes come from
 * the published enum of CAINIAO's tracking API (AliExpress logistics tracking result) and
 * from codes seen in real `global/detail.json` answers; each row says why it sits where it
 * does. A code in no row falls through to the description keywords; so do on purpose the
 * enum's other `*_FAILURE` codes (CAINIAO words some of them as mere delays), its `*_OTHER`
 * codes, and the domestic-China codes (`GOT`, `SENT_SCAN`, `SIGNED`…), whose "signed" on the
 * seller's side of a cross-border parcel is a hand-over to CAINIAO, not a delivery.
 */
export const CAINIAO_ACTION_CODES = codeTable([
  // The seller's warehouse took, picked, packed and released the order: ready for the carrier.
  [{stage: 'A'}, 'GWMS_ACCEPT GWMS_PICK GWMS_PACKAGE GWMS_OUTBOUND GWMS_HANDOVER WMS_CONFIRMED'],
  // The seller declared the parcel shipped or ready to ship.
  [{stage: 'A'}, 'CONSIGN OM_CONSIGN PRE_READY_TO_SHIP'],
  // A pickup was booked, then the carrier collected the parcel from the seller.
  [{stage: 'A'}, 'PU_PRE_PICKUP_SUCCESS PU_PICKUP_SUCCESS'],
  // In and out of CAINIAO's consolidation warehouses in the origin country.
  [{stage: 'B'}, 'CW_INBOUND CW_OUTBOUND CW_COMMON_PROCESSING1'],
  // Scans at the origin sorting centres, including transit ones; a "failure" here is a processing delay.
  [
    {stage: 'B'},
    'SC_INBOUND_SUCCESS SC_OUTBOUND_SUCCESS SC_SIGN_IN_SUCCESS SC_TRANS_INBOUND_SUCCESS SC_TRANS_OUTBOUND_SUCCESS SC_INBOUND SC_SORTING SC_OUTBOUND SC_ARRIVE SC_DEPART SC_OUTBOUND_FAILURE',
  ],
  // Signed in at a collection point of the origin country.
  [{stage: 'B'}, 'PU_SIGN_IN_SUCCESS'],
  // Moves between origin facilities; GTMS_OE_DEPART is worded "departed from facility" right after pickup.
  [{stage: 'B'}, 'TRANSFER_ARRIVE TRANSFER_DEPART GTMS_OE_DEPART OE_DEPART'],
  // Handed from the sorting centre to the line-haul, the hand-over LH_HO_IN_SUCCESS reports from the hub.
  [{stage: 'C'}, 'SC_HO_OUT_SUCCESS LH_HO_IN_SUCCESS'],
  // At the departure hub: bagged into a big bag, rerouted to a port, export customs, handed to the airline.
  [{stage: 'C'}, 'LH_BIGBAG_SHELVE TRANSIT_PORT_REROUTE_CALLBACK CC_EX_START CC_EX_SUCCESS LH_HO_AIRLINE'],
  // The international leg: flights and trucks between countries.
  [{stage: 'D'}, 'LH_DEPART LH_ARRIVE LH_TRANS_ARRIVE LH_TRANS_DEPART'],
  // Accepted by a postal operator for the international leg.
  [{stage: 'D'}, 'LH_POST_COLLECTION'],
  // Through a transit hub or transit country on the way ("leaving transit country/region").
  [
    {stage: 'D'},
    'TD_TRANS_ARRIVE TD_TRANS_DEPART TD_TRANS_ARRIVE_C TD_TRANS_DEPART_C TD_TRANSWH_OUTBOUND CC_TRANS_START CC_TRANS_SUCCESS',
  ],
  // Import customs of the destination: handed in, started, in progress, cleared, handed out.
  [
    {stage: 'E'},
    'CC_HO_IN_SUCCESS CC_IM_START CC_IM_PROCESS CC_IM_SUCCESS CC_HO_OUT_SUCCESS CUSTOMS_ARRIVED_IN_AREA_CALLBACK',
  ],
  // Customs declaration, review and duties, and inspection of the destination.
  [{stage: 'E'}, 'CUS_DECLARE CUS_SUCCESS CUS_TAX CIQ_SUCCESS'],
  // Import customs failed or held the parcel.
  [{stage: 'E', status: 'exception'}, 'CC_IM_FAILURE CC_IM_EXCEPTION CUS_FAILURE CIQ_FAILURE'],
  // The line-haul handed the parcel to the destination's delivery company, which accepted it.
  [{stage: 'F'}, 'LH_HO_OUT_SUCCESS GTMS_ACCEPT SL_ACCEPT'],
  // "Awaiting transit to final delivery office": in the destination, before the local sorting.
  [{stage: 'F'}, 'TD_TRANS_ARRIVE_DCP'],
  // The local delivery company's sorting centres, delivery offices and stations.
  [{stage: 'G'}, 'GTMS_SC_ARRIVE GTMS_SC_DEPART GTMS_DO_ARRIVE GTMS_STATION_IN GTMS_STATION_OUT'],
  // Left the last delivery office for the door, or a new delivery run.
  [{stage: 'H', status: 'out_for_delivery'}, 'GTMS_DO_DEPART GTMS_DELIVERING GTMS_RE_DELIVERING LM_DELIVERY_DEPART'],
  // Signed for by the customer, at the door or at a pickup point.
  [{stage: 'H', status: 'delivered'}, 'GTMS_SIGNED LM_SIGN_SUCCESS GSTA_SIGN GSTA_BUYER_SIGN'],
  // The courier could not deliver, or the delivery closed without a signature.
  [{stage: 'H', status: 'failed_attempt'}, 'GTMS_DEL_FAILURE GTMS_SIGN_FAILURE'],
  // Forecasts and pre-advice, not scans: they never move the bar, whatever their text says.
  [{}, 'LAST_MILE_ASN_NOTIFY COMMON_INTRANSIT GTMS_ASN'],
  // A pickup station took the parcel in or signed for it: it waits for the customer, not delivered.
  [
    {status: 'available_for_pickup'},
    'GTMS_STA_SIGNED GTMS_STA_INBOUND GTMS_WAIT_SELF_PICK GSTA_INBOUND GSTA_ARRIVE GSTA_NOTIFY GSTA_INFORM_BUYER GSTAHUB_INBOUND',
  ],
  // A postman put the parcel into a parcel locker: it waits there for the customer.
  [{status: 'available_for_pickup'}, 'POSTMAN_POST'],
  // Through the return warehouses on the way back to the seller.
  [
    {status: 'exception'},
    'RT_WH_HO_IN RT_WH_INBOUND RT_WH_OUTBOUND RT_WH_HO_OUT RT_WH_DESTROY RT_TRANSWH_HO_IN RT_TRANSWH_INBOUND RT_TRANSWH_OUTBOUND RT_TMS_ACCEPT',
  ],
  // Delivery or pickup-station faults, and the parcel going back to the seller.
  [
    {status: 'exception'},
    'GTMS_FAILURE GTMS_STA_SIGN_FAILURE EXCEPTION RT_INBOUND RT_OUTBOUND RT_HO_OUT RT_DESTROY RETURNED GWMS_CANCEL',
  ],
]);

/**
 * Codes the local delivery company reports (its own scans after CAINIAO's hand-off). When the
 * parcel has a second number, events with these codes belong to that number. GTMS_OE_* are
 * origin departures and stay with the original number.
 */
export const CAINIAO_LOCAL_CARRIER_CODES = /^(?:GTMS|LM|GSTA)_(?!OE_)/;
