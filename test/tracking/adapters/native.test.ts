import {expect} from '@open-wc/testing';
import {native} from '../../../src/tracking/adapters/native.js';
import {readTracking} from '../../../src/tracking/adapters/read-tracking.js';
import {stepStates} from '../../../src/tracking/stages/step-states.js';
import {TrackingError} from '../../../src/tracking/tracking-error.js';
import {loadFixture} from '../../fixtures.js';

const NOW = Date.UTC(2026, 10, 20, 12);
const read = (json: unknown) => readTracking(json, 'native', '', NOW);

/** A native payload with the given events and fields. */
const payload = (events: unknown, extra: Record<string, unknown> = {}) => ({trackingNumber: 'LP1', events, ...extra});
const event = (time: unknown, description: unknown, extra: Record<string, unknown> = {}) => ({
  time,
  description,
  ...extra,
});

describe('native adapter', () => {
  describe('the native-delivered fixture', () => {
    it('reads numbers, carrier and places', async () => {
      const tracking = read(await loadFixture('native-delivered'));
      expect(tracking.trackingNumber).to.equal('LP00612345678901');
      expect(tracking.latestTrackingNumber).to.equal('9400111206213456789012');
      expect(tracking.carrier).to.deep.equal({name: 'USPS', code: 'usps', phone: '1-800-275-8777'});
      expect(tracking.origin).to.equal('Mainland China');
      expect(tracking.destination).to.equal('United States');
      expect(tracking.deliveryLocation).to.equal('Columbus, OH');
      expect(tracking.estimatedDelivery).to.equal(undefined);
    });

    it('is delivered at stage H, every step done', async () => {
      const tracking = read(await loadFixture('native-delivered'));
      expect(tracking.status).to.equal('delivered');
      expect(tracking.delivered).to.equal(true);
      expect(tracking.stage).to.equal('H');
      expect(stepStates(tracking.stage, tracking.delivered)).to.deep.equal({
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

    it('counts whole transit days from the first event to delivery', async () => {
      // 2026-11-02 01:12Z → 2026-11-10 18:32Z: 8 days 17 hours.
      expect(read(await loadFixture('native-delivered')).transitDays).to.equal(8);
    });

    it('lists events newest first with their own offsets, stages and numbers', async () => {
      const {events} = read(await loadFixture('native-delivered'));
      expect(events).to.have.length(11);
      expect(events[0]).to.deep.equal({
        time: '2026-11-10T13:32:00-05:00',
        description: 'Delivered, in/at mailbox',
        location: 'Columbus, OH',
        stage: 'H',
        code: 'GTMS_SIGNED',
        trackingNumber: '9400111206213456789012',
      });
      expect(events[4]).to.deep.equal({
        time: '2026-11-07T09:00:00-08:00',
        description: 'Import customs clearance complete',
        location: 'Los Angeles, CA',
        stage: 'E',
        code: 'CC_IM_SUCCESS',
      });
      expect(events[10]).to.deep.equal({
        time: '2026-11-02T09:12:00+08:00',
        description: 'Shipment information received by warehouse electronically',
        location: 'Dongguan',
        stage: 'A',
        code: 'GWMS_ACCEPT',
      });
      expect(events.map((e) => e.stage).join('')).to.equal('HHGFEDDCBAA');
    });
  });

  describe('events', () => {
    it('drops events without a description or a parseable time', () => {
      const tracking = read(
        payload([
          event('2026-11-10T10:00:00+08:00', 'Kept'),
          event('2026-11-10T11:00:00+08:00', ''),
          event('2026-11-10T12:00:00+08:00', '   '),
          event('2026-11-10T13:00:00+08:00', null),
          event('2026-11-10T14:00:00+08:00', {text: 'object'}),
          event('yesterday', 'Bad time'),
          event(null, 'No time'),
          event('2026-13-45T10:00:00Z', 'Impossible time'),
          {description: 'Missing time'},
          null,
          'a string',
          42,
          [],
        ]),
      );
      expect(tracking.events.map((e) => e.description)).to.deep.equal(['Kept']);
    });

    it('removes exact duplicates: same instant, description, place and number', () => {
      const tracking = read(
        payload([
          event('2026-11-10T10:00:00+08:00', 'Arrived', {location: 'Shenzhen'}),
          event('2026-11-10T02:00:00Z', 'Arrived', {location: 'Shenzhen'}),
          event('2026-11-10T10:00:00+08:00', 'Arrived', {location: 'Dongguan'}),
          event('2026-11-10T10:00:00+08:00', 'Arrived', {location: 'Shenzhen', trackingNumber: 'LP2'}),
          event('2026-11-10T10:00:00+08:00', 'Departed'),
          event('2026-11-10T10:00:00+08:00', 'Departed'),
          event('2026-11-10T10:01:00+08:00', 'Arrived', {location: 'Shenzhen'}),
        ]),
      );
      expect(tracking.events.map((e) => [e.time, e.description, e.location, e.trackingNumber])).to.deep.equal([
        ['2026-11-10T10:01:00+08:00', 'Arrived', 'Shenzhen', undefined],
        ['2026-11-10T10:00:00+08:00', 'Departed', undefined, undefined],
        ['2026-11-10T10:00:00+08:00', 'Arrived', 'Shenzhen', 'LP2'],
        ['2026-11-10T10:00:00+08:00', 'Arrived', 'Dongguan', undefined],
        ['2026-11-10T10:00:00+08:00', 'Arrived', 'Shenzhen', undefined],
      ]);
    });

    it('sorts out-of-order input newest first by instant, across offsets', () => {
      const tracking = read(
        payload([
          event('2026-11-09T05:10:00-05:00', 'Second'), // 10:10Z
          event('2026-11-10T07:55:00-05:00', 'Fourth'), // 12:55Z on the 10th
          event('2026-11-09T08:00:00+08:00', 'First'), // 00:00Z
          event('2026-11-10T01:00:00+08:00', 'Third'), // 17:00Z on the 9th
        ]),
      );
      expect(tracking.events.map((e) => e.description)).to.deep.equal(['Fourth', 'Third', 'Second', 'First']);
    });

    it('keeps events of the same instant newest first, whichever way the input runs', () => {
      const oldestFirst = [
        event('2026-11-09T10:00:00Z', 'Arrived at Post Office'),
        event('2026-11-10T10:00:00Z', 'Out for delivery'),
        event('2026-11-10T10:00:00Z', 'Delivered'),
      ];
      expect(read(payload(oldestFirst)).events.map((e) => e.description)).to.deep.equal([
        'Delivered',
        'Out for delivery',
        'Arrived at Post Office',
      ]);
      expect(read(payload([...oldestFirst].reverse())).events.map((e) => e.description)).to.deep.equal([
        'Delivered',
        'Out for delivery',
        'Arrived at Post Office',
      ]);
    });

    it('reads epoch milliseconds, as numbers and digit strings, as UTC', () => {
      const tracking = read(
        payload([event(1795109400000, 'Number'), event('1795023000000', 'Digits'), event(1795109400000.5, 'Fraction')]),
      );
      expect(tracking.events.map((e) => [e.time, e.description])).to.deep.equal([
        ['2026-11-19T17:30:00Z', 'Fraction'],
        ['2026-11-19T17:30:00Z', 'Number'],
        ['2026-11-18T17:30:00Z', 'Digits'],
      ]);
    });

    it('keeps explicit stages, codes and the event number (normalized)', () => {
      const [only] = read(
        payload([event('2026-11-10T10:00:00+08:00', 'Whatever', {stage: 'F', code: 'X_1', trackingNumber: '9400 1'})]),
      ).events;
      expect(only).to.deep.equal({
        time: '2026-11-10T10:00:00+08:00',
        description: 'Whatever',
        stage: 'F',
        code: 'X_1',
        trackingNumber: '94001',
      });
    });

    it('reads a stage written in lower case, ignores stages out of A–H', () => {
      const events = read(
        payload([
          event('2026-11-10T10:00:00Z', 'One', {stage: 'g'}),
          event('2026-11-10T11:00:00Z', 'Two', {stage: 'Z'}),
          event('2026-11-10T12:00:00Z', 'Three', {stage: 7}),
        ]),
      ).events;
      expect(events.map((e) => e.stage)).to.deep.equal([undefined, undefined, 'G']);
    });

    it('collapses whitespace and keeps markup as text', () => {
      const [only] = read(
        payload([event('2026-11-10T10:00:00Z', '  <b>Arrived</b>\n\tat   hub ', {location: ' LA \n'})]),
      ).events;
      expect(only.description).to.equal('<b>Arrived</b> at hub');
      expect(only.location).to.equal('LA');
    });
  });

  describe('status', () => {
    it('is pending with no events, whatever the input says', () => {
      for (const events of [[], undefined, null, 'x', [null, event('bad', 'x')]]) {
        const tracking = read(payload(events, {status: 'delivered'}));
        expect(tracking.status, String(events)).to.equal('pending');
        expect(tracking.delivered).to.equal(false);
        expect(tracking.stage).to.equal(undefined);
        expect(tracking.transitDays).to.equal(undefined);
        expect(tracking.events).to.deep.equal([]);
      }
    });

    it('takes a stated delivered status as delivered at H', () => {
      const tracking = read(payload([event('2026-11-10T10:00:00Z', 'Arrived at Post Office')], {status: 'delivered'}));
      expect([tracking.status, tracking.delivered, tracking.stage]).to.deep.equal(['delivered', true, 'H']);
    });

    it('reads the stated status loosely: case and spaces', () => {
      const events = [event('2026-11-10T10:00:00Z', 'Arrived at Post Office')];
      expect(read(payload(events, {status: 'DELIVERED'})).status).to.equal('delivered');
      expect(read(payload(events, {status: 'Available for pickup'})).status).to.equal('available_for_pickup');
      expect(read(payload(events, {status: 'nonsense'})).status).to.equal('in_transit');
      expect(read(payload(events, {status: 42})).status).to.equal('in_transit');
    });

    it('counts transit days to now while not delivered', () => {
      const tracking = read(payload([event('2026-11-12T11:00:00Z', 'Picked up')]));
      expect(tracking.transitDays).to.equal(8);
    });
  });

  describe('estimated delivery', () => {
    const events = [
      event('2026-11-10T07:55:00-05:00', 'Out for delivery'),
      event('2026-11-10T12:56:00Z', 'Newest, without offset'),
    ];

    it('reads a single date', () => {
      expect(read(payload(events, {estimatedDelivery: '2026-11-24'})).estimatedDelivery).to.deep.equal({
        from: '2026-11-24',
        to: '2026-11-24',
      });
    });

    it('reads a window, in order even when given backwards', () => {
      expect(
        read(payload(events, {estimatedDelivery: {from: '2026-11-20', to: '2026-11-24'}})).estimatedDelivery,
      ).to.deep.equal({
        from: '2026-11-20',
        to: '2026-11-24',
      });
      expect(
        read(payload(events, {estimatedDelivery: {from: '2026-11-24', to: '2026-11-20'}})).estimatedDelivery,
      ).to.deep.equal({
        from: '2026-11-20',
        to: '2026-11-24',
      });
      expect(read(payload(events, {estimatedDelivery: {to: '2026-11-24'}})).estimatedDelivery).to.deep.equal({
        from: '2026-11-24',
        to: '2026-11-24',
      });
    });

    it('reads epoch milliseconds in the zone of the newest event with an offset', () => {
      // 03:00Z on the 20th is still the 19th in New York (-05:00); 04:59Z on the 25th is the 24th.
      const window = {from: Date.UTC(2026, 10, 20, 3), to: Date.UTC(2026, 10, 25, 4, 59)};
      expect(read(payload(events, {estimatedDelivery: window})).estimatedDelivery).to.deep.equal({
        from: '2026-11-19',
        to: '2026-11-24',
      });
      expect(read(payload(events, {estimatedDelivery: Date.UTC(2026, 10, 20, 3)})).estimatedDelivery).to.deep.equal({
        from: '2026-11-19',
        to: '2026-11-19',
      });
    });

    it('reads epoch milliseconds as UTC dates when no event has an offset', () => {
      const utc = [event('2026-11-10T12:00:00Z', 'Out for delivery')];
      expect(
        read(payload(utc, {estimatedDelivery: {from: Date.UTC(2026, 10, 20, 3)}})).estimatedDelivery,
      ).to.deep.equal({
        from: '2026-11-20',
        to: '2026-11-20',
      });
    });

    it('reads a date-time as the date written', () => {
      expect(read(payload(events, {estimatedDelivery: '2026-11-24T23:00:00+08:00'})).estimatedDelivery).to.deep.equal({
        from: '2026-11-24',
        to: '2026-11-24',
      });
    });

    it('ignores junk', () => {
      for (const junk of ['soon', '24/11/2026', {from: 'x'}, [], null, true, {from: {}, to: []}]) {
        expect(read(payload(events, {estimatedDelivery: junk})).estimatedDelivery, JSON.stringify(junk)).to.equal(
          undefined,
        );
      }
    });
  });

  describe('carrier and numbers', () => {
    const events = [event('2026-11-10T10:00:00Z', 'Picked up')];

    it('names a carrier known only by its code', () => {
      expect(read(payload(events, {carrier: {code: 'usps'}})).carrier).to.deep.equal({name: 'USPS', code: 'usps'});
      expect(read(payload(events, {carrier: {code: 'piggy'}})).carrier).to.deep.equal({name: 'piggy', code: 'piggy'});
    });

    it('keeps only a safe carrier url', () => {
      expect(read(payload(events, {carrier: {name: 'Piggy', url: 'https://piggy.example/t'}})).carrier).to.deep.equal({
        name: 'Piggy',
        url: 'https://piggy.example/t',
      });
      expect(read(payload(events, {carrier: {name: 'Piggy', url: 'javascript:alert(1)'}})).carrier).to.deep.equal({
        name: 'Piggy',
      });
    });

    it('takes a bare site root as the homepage, never as a tracking link, and reads its own homepage back', () => {
      expect(read(payload(events, {carrier: {name: 'Piggy', url: 'https://piggy.example/'}})).carrier).to.deep.equal({
        name: 'Piggy',
        homepage: 'https://piggy.example/',
      });
      const written = {name: 'Piggy', url: 'https://piggy.example/t?n=1', homepage: 'https://piggy.example/'};
      expect(read(payload(events, {carrier: written})).carrier).to.deep.equal(written);
    });

    it('leaves out a carrier without name or code', () => {
      expect(read(payload(events, {carrier: {phone: '123456'}})).carrier).to.equal(undefined);
      expect(read(payload(events, {carrier: 'USPS'})).carrier).to.equal(undefined);
    });

    it('drops a latest number equal to the original; uses the fallback number when none', () => {
      expect(read(payload(events, {latestTrackingNumber: 'LP1'})).latestTrackingNumber).to.equal(undefined);
      expect(readTracking({trackingNumber: null, events}, 'native', 'FALLBACK', NOW).trackingNumber).to.equal(
        'FALLBACK',
      );
      expect(readTracking({trackingNumber: 12345, events}, 'native', 'FALLBACK', NOW).trackingNumber).to.equal('12345');
    });

    it('normalizes numbers from the data as typed ones are: no spaces or invisible characters', () => {
      const tracking = readTracking(
        {
          trackingNumber: ' LP 0012 3456\u200b7890 12 ',
          latestTrackingNumber: '9400 1112 0621 3456 7890 12',
          events: [event('2026-11-10T10:00:00+08:00', 'Arrived', {trackingNumber: '9400 1112 0621 3456 7890 12'})],
        },
        'native',
        '',
        NOW,
      );
      expect([
        tracking.trackingNumber,
        tracking.latestTrackingNumber,
        tracking.events[0]!.trackingNumber,
      ]).to.deep.equal(['LP00123456789012', '9400111206213456789012', '9400111206213456789012']);
      expect(readTracking({trackingNumber: ' \u200b ', events}, 'native', 'FALLBACK', NOW).trackingNumber).to.equal(
        'FALLBACK',
      );
    });

    it('labels countries by code', () => {
      const tracking = read(payload(events, {origin: 'CN', destination: 'us'}));
      expect([tracking.origin, tracking.destination]).to.deep.equal(['Mainland China', 'United States']);
    });
  });

  describe('hostile input', () => {
    it('reads any payload as a pending tracking or an invalid TrackingError, never anything else', () => {
      const junk: unknown[] = [
        null,
        undefined,
        0,
        42,
        NaN,
        '',
        'string',
        true,
        [],
        [1, 2],
        {},
        {trackingNumber: null, events: null},
        {
          trackingNumber: {},
          latestTrackingNumber: [],
          carrier: 5,
          origin: {},
          destination: [],
          deliveryLocation: 7,
          estimatedDelivery: {from: NaN, to: Infinity},
          status: {},
          events: {length: 3},
        },
        {
          trackingNumber: 'LP1',
          events: [{time: {}, description: [], location: {}, stage: [], code: {}, trackingNumber: {}}],
        },
        {trackingNumber: 'LP1', carrier: {name: [], code: {}, phone: {}, url: 42}, events: []},
        {
          trackingNumber: 'LP1',
          events: [
            {time: Infinity, description: 'x'},
            {time: -1, description: 'y'},
            {time: 1e20, description: 'z'},
          ],
        },
      ];
      for (const json of junk) {
        const label = JSON.stringify(json) ?? String(json);
        let tracking;
        try {
          tracking = readTracking(json, 'native', 'FALLBACK1', NOW);
        } catch (error) {
          expect(error, label).to.be.instanceOf(TrackingError);
          expect((error as TrackingError).kind, label).to.equal('invalid');
          continue;
        }
        expect(tracking.events, label).to.deep.equal([]);
        expect(tracking.status, label).to.equal('pending');
      }
    });

    it('reads whatever is usable beside junk', () => {
      const tracking = readTracking(
        {
          trackingNumber: ['x'],
          latestTrackingNumber: 'L2',
          carrier: {name: 'Piggy', phone: 12345678},
          events: [null, event('2026-11-10T10:00:00Z', 'Picked up', {location: 5, stage: 'Q', code: null})],
        },
        'native',
        'FALLBACK1',
        NOW,
      );
      expect(tracking.trackingNumber).to.equal('FALLBACK1');
      expect(tracking.latestTrackingNumber).to.equal('L2');
      expect(tracking.carrier).to.deep.equal({name: 'Piggy', phone: '12345678'});
      expect(tracking.events).to.deep.equal([
        {time: '2026-11-10T10:00:00Z', description: 'Picked up', location: '5', stage: 'B'},
      ]);
    });

    it('cuts 1 MB strings down to size', () => {
      const huge = 'x'.repeat(1_000_000);
      const tracking = read({
        trackingNumber: huge,
        carrier: {name: huge, phone: huge, url: `https://example.com/${huge}`},
        origin: huge,
        events: [event('2026-11-10T10:00:00Z', huge, {location: huge, code: huge, trackingNumber: huge})],
      });
      expect(tracking.trackingNumber.length).to.be.at.most(2000);
      expect(tracking.carrier!.name.length).to.be.at.most(2000);
      expect(tracking.events[0].description.length).to.equal(2000);
      expect(tracking.events[0].location!.length).to.be.at.most(2000);
      expect(JSON.stringify(tracking).length).to.be.below(20_000);
    });

    it('reads 100,000 events quickly and keeps the newest 1,000, newest first', () => {
      const events = Array.from({length: 100_000}, (_, i) => event(Date.UTC(2026, 0, 1) + i * 60_000, `Scan ${i}`));
      const started = performance.now();
      const tracking = read(payload(events));
      expect(performance.now() - started).to.be.below(2000);
      expect(tracking.events).to.have.length(1000);
      expect(tracking.events[0].description).to.equal('Scan 99999');
      expect(tracking.events[999].description).to.equal('Scan 99000');
    });

    it('reads the items of an array far longer than any payload, without walking its holes', () => {
      const events: unknown[] = [];
      events.length = 2 ** 31;
      events[7] = event('2026-11-10T10:00:00Z', 'Picked up');
      const started = performance.now();
      const tracking = read(payload(events));
      expect(performance.now() - started).to.be.below(2000);
      expect(tracking.events.map((item) => item.description)).to.deep.equal(['Picked up']);
    });

    it('detects its own shape only', () => {
      expect(native.detect({trackingNumber: 'LP1', events: []})).to.equal(true);
      expect(native.detect({latestTrackingNumber: 'L2', events: []})).to.equal(true);
      expect(native.detect({trackingNumber: 'LP1'})).to.equal(false);
      expect(native.detect({events: []}), 'the number may come from the element').to.equal(true);
      expect(native.detect({trackingNumber: 'LP1', trackResults: []})).to.equal(false);
      expect(native.detect([{trackingNumber: 'LP1', events: []}])).to.equal(false);
      expect(native.detect(null)).to.equal(false);
    });
  });

  describe('a stated stage', () => {
    it('sets only the stage: delivered, pickup, attempt and exception still come from the code and text', () => {
      const tracking = (stage: string, code: string, description = 'Scan') =>
        read(payload([event('2026-11-10T10:00:00Z', description, {stage, code})]));
      const signed = tracking('H', 'GTMS_SIGNED');
      expect([signed.status, signed.stage, signed.delivered]).to.deep.equal(['delivered', 'H', true]);
      const station = tracking('G', 'GTMS_STA_SIGNED');
      expect([station.status, station.stage, station.delivered]).to.deep.equal(['available_for_pickup', 'G', false]);
      expect(tracking('H', 'GTMS_DEL_FAILURE').status).to.equal('failed_attempt');
      expect(tracking('F', 'X', 'Returned to sender').status).to.equal('exception');
      expect(tracking('H', 'X', 'Out for delivery').status).to.equal('out_for_delivery');
    });
  });
});
