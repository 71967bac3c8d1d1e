import {expect} from '@open-wc/testing';
import {readTracking} from '../../../src/tracking/adapters/read-tracking.js';
import type {StageRule} from '../../../src/tracking/stages/rule.js';
import {CAINIAO_ACTION_CODES} from '../../../src/tracking/stages/cainiao-action-codes.js';
import {classifyEvent, highestStage, overallStatus, transitDays} from '../../../src/tracking/stages/stage-engine.js';
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

describe('stage engine', () => {
  describe('classifyEvent', () => {
    const classify = (description: string, code?: string, explicit?: Parameters<typeof classifyEvent>[3]) =>
      classifyEvent(description, code, CAINIAO_ACTION_CODES, explicit);

    it('takes the explicit stage first', () => {
      expect(classify('Import customs clearance', 'GWMS_ACCEPT', 'D')).to.deep.equal({stage: 'D'});
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

  describe('highestStage', () => {
    it('is the highest stage reached, in any order', () => {
      expect(highestStage([{stage: 'E'}, {stage: 'G'}, {stage: 'B'}])).to.equal('G');
      expect(highestStage([{}, {stage: 'A'}, {status: 'exception'}])).to.equal('A');
    });

    it('is undefined without a staged event', () => {
      expect(highestStage([])).to.equal(undefined);
      expect(highestStage([{}, {status: 'available_for_pickup'}])).to.equal(undefined);
    });
  });

  describe('stepStates', () => {
    it('has no current step without a stage', () => {
      expect(stepStates(undefined, false)).to.deep.equal({
        A: 'upcoming',
        B: 'upcoming',
        C: 'upcoming',
        D: 'upcoming',
        E: 'upcoming',
        F: 'upcoming',
        G: 'upcoming',
        H: 'upcoming',
      });
    });

    it('marks steps before the current one done and after it upcoming', () => {
      expect(stepStates('E', false)).to.deep.equal({
        A: 'done',
        B: 'done',
        C: 'done',
        D: 'done',
        E: 'current',
        F: 'upcoming',
        G: 'upcoming',
        H: 'upcoming',
      });
      expect(stepStates('A', false).A).to.equal('current');
      expect(stepStates('H', false)).to.include({G: 'done', H: 'current'});
    });

    it('marks H done once delivered', () => {
      expect(stepStates('H', true)).to.deep.equal({
        A: 'done',
        B: 'done',
        C: 'done',
        D: 'done',
        E: 'done',
        F: 'done',
        G: 'done',
        H: 'done',
      });
    });
  });

  describe('overallStatus', () => {
    const status = (rules: StageRule[], current = highestStage(rules), hint?: Parameters<typeof overallStatus>[2]) =>
      overallStatus(rules, current, hint);

    it('is not pending once there are events, even when the newest one says pending (SPEC §6)', () => {
      expect(status([{status: 'pending'}])).to.equal('in_transit');
      expect(status([{status: 'pending'}, {stage: 'B'}])).to.equal('in_transit');
    });

    it('is pending without events, whatever the payload says', () => {
      expect(status([], undefined, 'delivered')).to.equal('pending');
      expect(status([], undefined, 'exception')).to.equal('pending');
    });

    it('is delivered once any event or the payload says so', () => {
      expect(
        status([
          {stage: 'H', status: 'out_for_delivery'},
          {stage: 'H', status: 'delivered'},
        ]),
      ).to.equal('delivered');
      expect(status([{stage: 'B'}], 'B', 'delivered')).to.equal('delivered');
    });

    it('follows what the newest telling event states', () => {
      expect(status([{status: 'available_for_pickup'}, {stage: 'G'}])).to.equal('available_for_pickup');
      expect(status([{stage: 'H', status: 'failed_attempt'}, {stage: 'G'}])).to.equal('failed_attempt');
      expect(status([{status: 'exception'}, {stage: 'F'}])).to.equal('exception');
      expect(status([{}, {status: 'exception'}, {stage: 'F'}])).to.equal('exception');
    });

    it('lets a newer scan end an older exception or attempt', () => {
      expect(status([{stage: 'G'}, {status: 'exception'}, {stage: 'F'}])).to.equal('in_transit');
      expect(
        status([
          {stage: 'H', status: 'out_for_delivery'},
          {stage: 'H', status: 'failed_attempt'},
        ]),
      ).to.equal('out_for_delivery');
    });

    it('trusts the payload for pickup, failed attempt and exception, not for pending', () => {
      expect(status([{stage: 'G'}], 'G', 'exception')).to.equal('exception');
      expect(status([{stage: 'G'}], 'G', 'available_for_pickup')).to.equal('available_for_pickup');
      expect(status([{stage: 'G'}], 'G', 'pending')).to.equal('in_transit');
      expect(status([{stage: 'G'}], 'G', 'customs')).to.equal('in_transit');
    });

    it('is customs while the bar stands at E, out for delivery at H', () => {
      expect(status([{stage: 'E'}, {stage: 'D'}])).to.equal('customs');
      expect(status([{stage: 'H', status: 'out_for_delivery'}, {stage: 'G'}])).to.equal('out_for_delivery');
      expect(status([{stage: 'D'}, {stage: 'C'}])).to.equal('in_transit');
      expect(status([{}])).to.equal('in_transit');
    });

    it('is not customs when a later customs event follows the local hand-off', () => {
      expect(status([{stage: 'E'}, {stage: 'G'}, {stage: 'F'}])).to.equal('in_transit');
    });

    it('is not out for delivery when the parcel is back at a facility after the delivery run', () => {
      expect(status([{stage: 'G'}, {stage: 'H', status: 'out_for_delivery'}])).to.equal('in_transit');
    });
  });

  describe('transitDays', () => {
    it('counts whole days, rounded down', () => {
      const start = Date.UTC(2026, 10, 2, 1, 12);
      expect(transitDays(start, start)).to.equal(0);
      expect(transitDays(start, start + 86_400_000 - 1)).to.equal(0);
      expect(transitDays(start, start + 86_400_000)).to.equal(1);
      expect(transitDays(start, Date.UTC(2026, 10, 10, 18, 32))).to.equal(8);
    });

    it('is never negative (clock skew, future events)', () => {
      expect(transitDays(Date.UTC(2026, 10, 10), Date.UTC(2026, 10, 9))).to.equal(0);
    });
  });

  describe('whole journeys', () => {
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
});
