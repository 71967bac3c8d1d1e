import {expect} from '@open-wc/testing';
import {AFTERSHIP_TAGS} from '../../../src/tracking/stages/aftership-tags.js';
import {CAINIAO_ACTION_CODES, CAINIAO_LOCAL_CARRIER_CODES} from '../../../src/tracking/stages/cainiao-action-codes.js';
import {classifyEvent} from '../../../src/tracking/stages/classify-event.js';
import type {CodeTable, StageRule} from '../../../src/tracking/stages/rule.js';
import {SEVENTEEN_TRACK_STAGES} from '../../../src/tracking/stages/seventeen-track-stages.js';

/** Each group of codes gets the rule, whatever a misleading description says. */
function expectGroup(table: CodeTable, codes: string, rule: StageRule) {
  for (const code of codes.split(' ')) {
    expect(classifyEvent('Delivered to the customer', [code], table), code).to.deep.equal(rule);
  }
}

describe('CAINIAO action codes', () => {
  it('seller preparation and pickup booking are A', () => {
    expectGroup(CAINIAO_ACTION_CODES, 'PRE_READY_TO_SHIP OM_CONSIGN PU_PRE_PICKUP_SUCCESS GWMS_HANDOVER', {stage: 'A'});
  });

  it('origin warehouses, sorting centres and the departure right after pickup are B', () => {
    expectGroup(
      CAINIAO_ACTION_CODES,
      'CW_COMMON_PROCESSING1 SC_TRANS_INBOUND_SUCCESS SC_SORTING SC_OUTBOUND_FAILURE GTMS_OE_DEPART OE_DEPART',
      {stage: 'B'},
    );
  });

  it('the departure hub (big bag, port reroute, hand-over to the line-haul) is C', () => {
    expectGroup(CAINIAO_ACTION_CODES, 'LH_BIGBAG_SHELVE TRANSIT_PORT_REROUTE_CALLBACK SC_HO_OUT_SUCCESS', {stage: 'C'});
  });

  it('postal collection for the international leg and transit hubs or countries are D', () => {
    expectGroup(
      CAINIAO_ACTION_CODES,
      'LH_POST_COLLECTION TD_TRANS_ARRIVE TD_TRANS_DEPART TD_TRANS_ARRIVE_C TD_TRANS_DEPART_C TD_TRANSWH_OUTBOUND CC_TRANS_SUCCESS',
      {stage: 'D'},
    );
  });

  it('customs declaration and duties are E; failed import customs is E with an exception', () => {
    expectGroup(CAINIAO_ACTION_CODES, 'CUS_DECLARE CUS_TAX CIQ_SUCCESS', {stage: 'E'});
    expectGroup(CAINIAO_ACTION_CODES, 'CC_IM_FAILURE CC_IM_EXCEPTION', {stage: 'E', status: 'exception'});
  });

  it('waiting for transit to the final delivery office is F', () => {
    expectGroup(CAINIAO_ACTION_CODES, 'TD_TRANS_ARRIVE_DCP', {stage: 'F'});
  });

  it('a new delivery run is out for delivery; failed deliveries are attempts', () => {
    expectGroup(CAINIAO_ACTION_CODES, 'GTMS_RE_DELIVERING', {stage: 'H', status: 'out_for_delivery'});
    expectGroup(CAINIAO_ACTION_CODES, 'GTMS_DEL_FAILURE GTMS_SIGN_FAILURE', {stage: 'H', status: 'failed_attempt'});
  });

  it('pre-advice never moves the bar; pickup-station codes wait for the customer', () => {
    expectGroup(CAINIAO_ACTION_CODES, 'GTMS_ASN', {});
    expectGroup(CAINIAO_ACTION_CODES, 'GSTA_INFORM_BUYER GTMS_WAIT_SELF_PICK GSTAHUB_INBOUND', {
      status: 'available_for_pickup',
    });
  });

  it('a parcel locker holds the parcel for the customer', () => {
    expectGroup(CAINIAO_ACTION_CODES, 'POSTMAN_POST', {status: 'available_for_pickup'});
  });

  it('return warehouses are exceptions', () => {
    expectGroup(CAINIAO_ACTION_CODES, 'RT_WH_INBOUND RT_WH_OUTBOUND RT_TRANSWH_INBOUND RT_TMS_ACCEPT', {
      status: 'exception',
    });
  });

  it('leaves the domestic-China SIGNED to the text: on the seller side it is a hand-over to CAINIAO', () => {
    expect(classifyEvent('Arrived at the consolidation warehouse', ['SIGNED'], CAINIAO_ACTION_CODES)).to.deep.equal({});
  });

  it('returns and delivery faults are exceptions', () => {
    expectGroup(CAINIAO_ACTION_CODES, 'RT_INBOUND RETURNED GTMS_FAILURE GTMS_STA_SIGN_FAILURE EXCEPTION', {
      status: 'exception',
    });
  });

  it('gives the local carrier its own scans, but not the origin departures', () => {
    for (const code of ['GTMS_SC_ARRIVE', 'GTMS_SIGNED', 'LM_DELIVERY_DEPART', 'GSTA_INBOUND']) {
      expect(CAINIAO_LOCAL_CARRIER_CODES.test(code), code).to.equal(true);
    }
    for (const code of ['GTMS_OE_DEPART', 'LH_DEPART', 'CC_IM_START']) {
      expect(CAINIAO_LOCAL_CARRIER_CODES.test(code), code).to.equal(false);
    }
  });
});

describe('17TRACK sub-statuses', () => {
  it('pickup, departure and arrival sub-statuses are B, D and F', () => {
    expectGroup(SEVENTEEN_TRACK_STAGES, 'InTransit_PickedUp', {stage: 'B'});
    expectGroup(SEVENTEEN_TRACK_STAGES, 'InTransit_Departure', {stage: 'D'});
    expectGroup(SEVENTEEN_TRACK_STAGES, 'InTransit_Arrival', {stage: 'F'});
  });

  it('last-leg sub-statuses say what happened', () => {
    expectGroup(SEVENTEEN_TRACK_STAGES, 'OutForDelivery_Other', {stage: 'H', status: 'out_for_delivery'});
    expectGroup(SEVENTEEN_TRACK_STAGES, 'AvailableForPickup_Other', {stage: 'H', status: 'available_for_pickup'});
    expectGroup(
      SEVENTEEN_TRACK_STAGES,
      'DeliveryFailure_NoBody DeliveryFailure_InvalidAddress DeliveryFailure_Rejected',
      {
        stage: 'H',
        status: 'failed_attempt',
      },
    );
    expectGroup(SEVENTEEN_TRACK_STAGES, 'Delivered_Other', {stage: 'H', status: 'delivered'});
  });

  it('returns, losses, damage and delays are exceptions', () => {
    expectGroup(
      SEVENTEEN_TRACK_STAGES,
      'Exception_Returning Exception_Returned Exception_Lost Exception_Delayed Expired_Other',
      {
        status: 'exception',
      },
    );
  });

  it('leaves customs and "other" sub-statuses to the text, which tells export from import', () => {
    expect(
      classifyEvent('Handed to export customs', ['InTransit_CustomsProcessing'], SEVENTEEN_TRACK_STAGES),
    ).to.deep.equal({
      stage: 'C',
    });
    expect(
      classifyEvent('Import customs clearance', ['InTransit_CustomsReleased'], SEVENTEEN_TRACK_STAGES),
    ).to.deep.equal({
      stage: 'E',
    });
    expect(classifyEvent('Arrived at destination hub', ['InTransit_Other'], SEVENTEEN_TRACK_STAGES)).to.deep.equal({
      stage: 'F',
    });
  });
});

describe('AfterShip tags', () => {
  it('reads a subtag it does not refine as its tag', () => {
    expect(classifyEvent('Scan', ['Delivered_003', 'Delivered'], AFTERSHIP_TAGS)).to.deep.equal({
      stage: 'H',
      status: 'delivered',
    });
    expect(classifyEvent('Scan', ['Exception_013', 'Exception'], AFTERSHIP_TAGS)).to.deep.equal({status: 'exception'});
  });
});
