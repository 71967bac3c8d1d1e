import {expect} from '@open-wc/testing';
import {readTracking} from '../../../src/tracking/adapters/read-tracking.js';
import {CAINIAO_ACTION_CODES} from '../../../src/tracking/stages/cainiao-action-codes.js';
import {classifyEvent} from '../../../src/tracking/stages/classify-event.js';
import {stepStates} from '../../../src/tracking/stages/step-states.js';

const NOW = Date.UTC(2026, 10, 20, 12);

/** A native payload whose events happen one hour apart, oldest first. */
function journey(...steps: [description: string, code?: string][]) {
  return readTracking(
    {
      trackingNumber: 'LP1',
      events: steps.map(([description, code], hour) => ({
        time: `2026-11-10T${String(hour).padStart(2, '0')}:00:00+08:00`,
        description,
        code,
      })),
    },
    'native',
    '',
    NOW,
  );
}

describe('classifyEvent', () => {
  const classify = (description: string, code?: string, stated?: Parameters<typeof classifyEvent>[3]) =>
    classifyEvent(description, [code], CAINIAO_ACTION_CODES, stated);

  it('takes a stated stage for the stage', () => {
    expect(classify('Import customs clearance', 'GWMS_ACCEPT', 'D')).to.deep.equal({stage: 'D'});
  });

  it('keeps what the code means beside a stated stage: delivered, pickup, attempt, exception', () => {
    expect(classify('Out for delivery', 'GTMS_SIGNED', 'H')).to.deep.equal({stage: 'H', status: 'delivered'});
    expect(classify('Arrived', 'GTMS_STA_SIGNED', 'G')).to.deep.equal({stage: 'G', status: 'available_for_pickup'});
    expect(classify('Scan', 'GTMS_DEL_FAILURE', 'H')).to.deep.equal({stage: 'H', status: 'failed_attempt'});
    expect(classify('Import customs failed', 'CC_IM_FAILURE', 'F')).to.deep.equal({stage: 'F', status: 'exception'});
    // Out for delivery belongs to H: a stated G keeps only its stage; beside a stated H the code still comes before the text.
    expect(classify('Out for delivery', 'GTMS_DO_DEPART', 'G')).to.deep.equal({stage: 'G'});
    expect(classify('Delivered', 'GTMS_DO_DEPART', 'H')).to.deep.equal({
      stage: 'H',
      status: 'out_for_delivery',
    });
  });

  it('keeps what the text means beside a stated stage', () => {
    expect(classify('Delivered, in mailbox', undefined, 'G')).to.deep.equal({stage: 'G', status: 'delivered'});
    expect(classify('Returned to sender', undefined, 'F')).to.deep.equal({stage: 'F', status: 'exception'});
  });

  it('looks the codes up most specific first, the first the table knows wins', () => {
    expect(classifyEvent('Scan', ['NEW_SUBCODE', 'GTMS_SIGNED'], CAINIAO_ACTION_CODES)).to.deep.equal({
      stage: 'H',
      status: 'delivered',
    });
    expect(classifyEvent('Scan', [undefined, 'LH_DEPART'], CAINIAO_ACTION_CODES)).to.deep.equal({stage: 'D'});
  });

  it('then the code table', () => {
    expect(classify('Import customs clearance', 'GWMS_ACCEPT')).to.deep.equal({stage: 'A'});
    expect(classify('Out for delivery', 'GTMS_SIGNED')).to.deep.equal({stage: 'H', status: 'delivered'});
  });

  it('then the description keywords, for codes in no table or no code', () => {
    expect(classify('Import customs clearance', 'SOME_NEW_CODE')).to.deep.equal({stage: 'E'});
    expect(classify('Import customs clearance')).to.deep.equal({stage: 'E'});
  });

  it('else nothing', () => {
    expect(classify('Your parcel says hello')).to.deep.equal({});
    expect(classify('Your parcel says hello', 'constructor')).to.deep.equal({});
    expect(classify('Your parcel says hello', '__proto__')).to.deep.equal({});
  });

  it('never lets forecasts move the bar, whatever their text says', () => {
    expect(classify('Out for delivery', 'LAST_MILE_ASN_NOTIFY')).to.deep.equal({});
    expect(classify('Import customs clearance', 'COMMON_INTRANSIT')).to.deep.equal({});
  });

  it('reads GTMS_STA_SIGNED as ready for pickup, not delivered', () => {
    expect(classify('Signed by pickup station', 'GTMS_STA_SIGNED')).to.deep.equal({status: 'available_for_pickup'});
  });

  it('tells H apart by its text: out for delivery, delivered, attempted', () => {
    expect(classify('Out for delivery')).to.deep.equal({stage: 'H', status: 'out_for_delivery'});
    expect(classify('Delivered, Front Door')).to.deep.equal({stage: 'H', status: 'delivered'});
    expect(classify('Delivery attempted')).to.deep.equal({stage: 'H', status: 'failed_attempt'});
  });

  it('gives an explicit H the status its text says, out for delivery by default', () => {
    expect(classify('Delivered, Front Door', undefined, 'H')).to.deep.equal({stage: 'H', status: 'delivered'});
    expect(classify('Delivery attempted', undefined, 'H')).to.deep.equal({stage: 'H', status: 'failed_attempt'});
    expect(classify('Out for delivery', undefined, 'H')).to.deep.equal({stage: 'H', status: 'out_for_delivery'});
    expect(classify('On the way', undefined, 'H')).to.deep.equal({stage: 'H', status: 'out_for_delivery'});
    expect(classify('Will be delivered today', undefined, 'H')).to.deep.equal({
      stage: 'H',
      status: 'out_for_delivery',
    });
  });
});

describe('classified events through whole journeys', () => {
  it('does not advance the bar for a forecast as the newest event', () => {
    const tracking = journey(
      ['Received by logistics company', 'PU_PICKUP_SUCCESS'],
      ['Import customs clearance complete', 'CC_IM_SUCCESS'],
      ['Delivered', 'LAST_MILE_ASN_NOTIFY'],
      ['In transit to destination', 'COMMON_INTRANSIT'],
    );
    expect(tracking.stage).to.equal('E');
    expect(tracking.status).to.equal('customs');
    expect(tracking.delivered).to.equal(false);
    expect(tracking.events.map((event) => event.stage)).to.deep.equal([undefined, undefined, 'E', 'A']);
  });

  it('keeps the bar at G when a later customs event follows the local hand-off', () => {
    const tracking = journey(
      ['Import customs clearance complete', 'CC_IM_SUCCESS'],
      ['Received by local delivery company', 'GTMS_ACCEPT'],
      ['Arrived at USPS regional facility', 'GTMS_SC_ARRIVE'],
      ['Customs re-inspection', 'CC_IM_PROCESS'],
    );
    expect(tracking.stage).to.equal('G');
    expect(tracking.status).to.equal('in_transit');
    expect(stepStates(tracking.stage, tracking.delivered)).to.include({
      E: 'done',
      F: 'done',
      G: 'current',
      H: 'upcoming',
    });
  });

  it('keeps the bar at F after a keyword customs event too', () => {
    const tracking = journey(['Received by local delivery company'], ['Customs clearance processing']);
    expect([tracking.stage, tracking.status]).to.deep.equal(['F', 'in_transit']);
  });

  it('reads GTMS_STA_SIGNED as ready for pickup, not delivered', () => {
    const tracking = journey(
      ['Arrived at USPS regional facility', 'GTMS_SC_ARRIVE'],
      ['Signed by pickup station', 'GTMS_STA_SIGNED'],
    );
    expect(tracking.status).to.equal('available_for_pickup');
    expect(tracking.delivered).to.equal(false);
    expect(tracking.stage).to.equal('G');
  });

  it('reaches H by keywords: out for delivery, delivered, attempted', () => {
    const out = journey(['Arrived at Post Office'], ['Out for delivery']);
    expect([out.stage, out.status, out.delivered]).to.deep.equal(['H', 'out_for_delivery', false]);
    const delivered = journey(['Out for delivery'], ['Delivered, Front Door']);
    expect([delivered.stage, delivered.status, delivered.delivered]).to.deep.equal(['H', 'delivered', true]);
    const attempted = journey(['Out for delivery'], ['Delivery attempted']);
    expect([attempted.stage, attempted.status, attempted.delivered]).to.deep.equal(['H', 'failed_attempt', false]);
  });

  it('has no stage and no current step when no event has one', () => {
    const tracking = journey(['Your parcel says hello'], ['Still saying hello']);
    expect(tracking.stage).to.equal(undefined);
    expect(tracking.status).to.equal('in_transit');
    expect(Object.values(stepStates(tracking.stage, tracking.delivered))).to.not.include('current');
  });
});
