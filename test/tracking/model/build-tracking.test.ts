import {expect} from '@open-wc/testing';
import {buildTracking, MAX_EVENTS} from '../../../src/tracking/model/build-tracking.js';
import {TrackingError} from '../../../src/tracking/tracking-error.js';
import type {DraftEvent, TrackingDraft} from '../../../src/tracking/model/draft.js';
import {parseInstant} from '../../../src/tracking/model/time.js';
import {CAINIAO_ACTION_CODES} from '../../../src/tracking/stages/cainiao-action-codes.js';

const NOW = Date.UTC(2026, 10, 20, 12);

const ev = (time: string, description: string | undefined, rule: Partial<DraftEvent> = {}): DraftEvent => ({
  instant: parseInstant(time),
  description,
  ...rule,
});

const build = (draft: Partial<TrackingDraft>, fallback = 'LP0') =>
  buildTracking({codeTable: CAINIAO_ACTION_CODES, events: [], ...draft}, fallback, NOW);

describe('buildTracking', () => {
  it('builds the minimal tracking of an empty draft', () => {
    expect(build({}, 'LP9')).to.deep.equal({trackingNumber: 'LP9', status: 'pending', delivered: false, events: []});
  });

  it('is invalid without a number in the draft or from the element, never a tracking with an empty number', () => {
    expect(() => build({events: [ev('2026-11-10T08:15:00+08:00', 'Picked up')]}, '')).to.throw(
      TrackingError,
      /no tracking number/,
    );
  });

  it('writes events in their own offset, without the rule status, newest first', () => {
    const tracking = build({
      events: [
        ev('2026-11-10T08:15:00+08:00', 'Picked up', {stage: 'B', location: 'Shenzhen'}),
        ev('2026-11-12T07:55:00-05:00', 'Out for delivery', {stage: 'H', code: 'X', trackingNumber: 'L2'}),
        ev('2026-11-11T00:00:00Z', 'No offset'),
        ev('2026-11-11T00:00:00Z', undefined),
        {instant: undefined, description: 'No time'},
      ],
    });
    expect(tracking.events).to.deep.equal([
      {time: '2026-11-12T07:55:00-05:00', description: 'Out for delivery', stage: 'H', code: 'X', trackingNumber: 'L2'},
      {time: '2026-11-11T00:00:00Z', description: 'No offset'},
      {time: '2026-11-10T08:15:00+08:00', description: 'Picked up', location: 'Shenzhen', stage: 'B'},
    ]);
    expect([tracking.stage, tracking.status, tracking.delivered]).to.deep.equal(['H', 'out_for_delivery', false]);
  });

  it('counts calendar transit days to the delivery, not to now', () => {
    const tracking = build({
      events: [
        ev('2026-11-01T10:00:00Z', 'Picked up', {stage: 'B'}),
        ev('2026-11-09T09:59:00Z', 'Delivered', {code: 'GTMS_SIGNED'}),
        ev('2026-11-15T10:00:00Z', 'Customer feedback received'),
      ],
    });
    expect([tracking.status, tracking.transitDays]).to.deep.equal(['delivered', 8]);
  });

  it('counts transit days to the newest event when only the payload says delivered', () => {
    const tracking = build({
      statusHint: 'delivered',
      events: [
        ev('2026-11-01T10:00:00Z', 'Picked up', {stage: 'B'}),
        ev('2026-11-04T10:00:00Z', 'Arrived', {stage: 'F'}),
      ],
    });
    expect([tracking.status, tracking.stage, tracking.transitDays]).to.deep.equal(['delivered', 'H', 3]);
  });

  it('counts transit days to now while under way', () => {
    expect(build({events: [ev('2026-11-01T12:00:01Z', 'Picked up', {stage: 'B'})]}).transitDays).to.equal(19);
  });

  it('keeps a latest number only when it differs from the original', () => {
    expect(build({trackingNumber: 'LP1', latestTrackingNumber: 'L2'}).latestTrackingNumber).to.equal('L2');
    expect(build({trackingNumber: 'LP1', latestTrackingNumber: 'LP1'}).latestTrackingNumber).to.equal(undefined);
    expect(build({latestTrackingNumber: 'LP9'}, 'LP9').latestTrackingNumber).to.equal(undefined);
    expect(
      build({trackingNumber: 'LP1', latestTrackingNumber: 'lp1'}).latestTrackingNumber,
      'letter case only',
    ).to.equal(undefined);
  });

  it('prefers the payload number to the fallback', () => {
    expect(build({trackingNumber: 'LP1'}, 'LP9').trackingNumber).to.equal('LP1');
  });

  it('builds a safe carrier, named by its code when it has no name', () => {
    const tracking = build({
      carrier: {
        code: 'fedex',
        phone: '1-800-463-3339',
        url: 'https://fedex.example/t',
        homepage: 'https://fedex.example/',
      },
    });
    expect(tracking.carrier).to.deep.equal({
      name: 'FedEx',
      code: 'fedex',
      phone: '1-800-463-3339',
      url: 'https://fedex.example/t',
      homepage: 'https://fedex.example/',
    });
    expect(build({carrier: {name: 'Piggy', url: 'data:text/html,x', homepage: 'vbscript:x'}}).carrier).to.deep.equal({
      name: 'Piggy',
    });
    expect(build({carrier: {}}).carrier).to.equal(undefined);
  });

  it('labels places', () => {
    const tracking = build({origin: 'CN', destination: 'USA', deliveryLocation: 'Columbus, OH'});
    expect([tracking.origin, tracking.destination, tracking.deliveryLocation]).to.deep.equal([
      'Mainland China',
      'United States',
      'Columbus, OH',
    ]);
  });

  it('reads the delivery window in the zone of the newest event with an offset', () => {
    const events = [
      ev('2026-11-09T10:00:00+08:00', 'Older, in China'),
      ev('2026-11-10T07:55:00-05:00', 'Newest with an offset, in Ohio'),
      ev('2026-11-10T20:00:00Z', 'Newest, no offset'),
    ];
    const window = {from: Date.UTC(2026, 10, 20, 3), to: '2026-11-22'};
    expect(build({events, estimatedDelivery: window}).estimatedDelivery).to.deep.equal({
      from: '2026-11-19',
      to: '2026-11-22',
    });
    expect(build({events: [], estimatedDelivery: window}).estimatedDelivery).to.deep.equal({
      from: '2026-11-20',
      to: '2026-11-22',
    });
  });

  it('keeps the newest 1,000 events, after dropping unusable ones and duplicates', () => {
    const start = Date.parse('2026-11-01T00:00:00Z');
    const scan = (minute: number) => ev(new Date(start + minute * 60_000).toISOString(), `Scan ${minute}`);
    const events = [
      ...Array.from({length: 1500}, (_, minute) => scan(minute)),
      // Duplicates and unusable events of the newest minutes do not take places among the 1,000.
      ...Array.from({length: 50}, (_, i) => scan(1499 - i)),
      ...Array.from({length: 50}, () => ({instant: parseInstant('2026-11-20T00:00:00Z'), description: undefined})),
    ];
    const tracking = build({events});
    expect(tracking.events).to.have.length(MAX_EVENTS);
    expect(tracking.events[0].description).to.equal('Scan 1499');
    expect(tracking.events[MAX_EVENTS - 1].description).to.equal('Scan 500');
    // Transit days still count from the first event of the whole log (2026-11-01).
    expect(tracking.transitDays).to.equal(19);
  });

  it('counts transit days to now however old the newest event is (the view says since when)', () => {
    const old = build({
      events: [ev('2026-08-10T10:00:00+02:00', 'Picked up'), ev('2026-08-12T10:00:00+02:00', 'Arrived')],
    });
    expect([old.transitDays, old.status]).to.deep.equal([102, 'in_transit']);
    expect(Object.keys(old), 'nothing beyond the documented fields').to.deep.equal([
      'trackingNumber',
      'status',
      'delivered',
      'events',
      'stage',
      'transitDays',
    ]);
    const recent = build({events: [ev('2026-11-10T10:00:00Z', 'Arrived')]});
    expect(recent.transitDays).to.equal(10);
  });

  it('counts a delivered parcel from long ago by its own dates, never as old data', () => {
    const delivered = build({
      events: [ev('2022-08-01T10:00:00+02:00', 'Picked up'), ev('2022-08-12T10:00:00+02:00', 'Delivered')],
    });
    expect([delivered.status, delivered.transitDays]).to.deep.equal(['delivered', 11]);
  });
});
