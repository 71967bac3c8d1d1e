import {expect} from '@open-wc/testing';
import {FORMATS, hasShapeOf} from '../../../src/tracking/adapters/formats.js';
import {detectFormat, readTracking, type FormatChoice} from '../../../src/tracking/adapters/read-tracking.js';
import {loadFixture, type FixtureName} from '../../fixtures.js';
import {NOW, expectTrackingError, read, steps} from './helpers.js';

const FIXTURES: Record<string, FixtureName> = {
  native: 'native-delivered',
  cainiao: 'cainiao-in-transit',
  aftership: 'aftership-out-for-delivery',
  '17track': '17track-delivered',
};

describe('readTracking and format detection', () => {
  it('offers the four input formats', () => {
    expect([...FORMATS].sort()).to.deep.equal(['17track', 'aftership', 'cainiao', 'native']);
  });

  it('recognises each fixture by its own adapter only', async () => {
    for (const [format, fixture] of Object.entries(FIXTURES)) {
      const json = await loadFixture(fixture);
      expect(detectFormat(json), fixture).to.equal(format);
      const claimed = FORMATS.filter((name) => hasShapeOf(json, name));
      expect(claimed, fixture).to.deep.equal([format]);
    }
  });

  it('recognises the other shapes of each format', async () => {
    const answer = (await loadFixture('17track-delivered')) as {data: {accepted: unknown[]}};
    const shapes: [unknown, string][] = [
      [answer.data.accepted[0], '17track'],
      [{data: {accepted: [], rejected: [{number: 'X'}]}}, '17track'],
      [{tracking_number: 'A1', slug: 'usps', checkpoints: []}, 'aftership'],
      [{meta: {}, data: {tracking_number: 'A1', tag: 'Pending'}}, 'aftership'],
      [{meta: {}, data: {tracking: {}}}, 'aftership'],
      [{success: false}, 'cainiao'],
      [{success: true, module: []}, 'cainiao'],
      [{trackingNumber: 'N1', events: []}, 'native'],
      [{trackingNumber: 'N1', status: 'pending'}, 'native'],
      [{trackingNumber: 'N1', carrier: {name: 'USPS'}, destination: 'US'}, 'native'],
      [{latestTrackingNumber: 'N2'}, 'native'],
    ];
    for (const [json, format] of shapes) {
      expect(
        FORMATS.filter((name) => hasShapeOf(json, name)),
        JSON.stringify(json),
      ).to.deep.equal([format]);
    }
  });

  it("reads native events without a number with the element's number, and is invalid with none", () => {
    const events = [{time: '2026-11-20T10:00:00+08:00', description: 'Departed', code: 'LH_DEPART'}];
    for (const format of ['auto', 'native'] as const) {
      const tracking = readTracking({events}, format, 'LP00612345678901', NOW);
      expect([tracking.trackingNumber, tracking.stage], format).to.deep.equal(['LP00612345678901', 'D']);
      expectTrackingError(() => readTracking({events}, format, '', NOW), 'invalid', /no tracking number/);
    }
  });

  it('reads a native payload without events as not shipped yet', () => {
    const tracking = read({trackingNumber: 'LP00123456789012', status: 'pending'});
    expect([tracking.trackingNumber, tracking.status, tracking.events]).to.deep.equal([
      'LP00123456789012',
      'pending',
      [],
    ]);
  });

  it('reads the native fixture through auto', async () => {
    const tracking = read(await loadFixture('native-delivered'));
    expect([tracking.trackingNumber, tracking.latestTrackingNumber, tracking.status]).to.deep.equal([
      'LP00612345678901',
      '9400111206213456789012',
      'delivered',
    ]);
    expect(steps(tracking)).to.equal('done done done done done done done done');
    expect(tracking.events[0].time).to.equal('2026-11-10T13:32:00-05:00');
  });

  it('refuses an explicit format that does not match the payload: invalid, never "not shipped yet"', () => {
    const checkpointsOnly = {
      checkpoints: [{checkpoint_time: '2026-11-20T10:00:00-05:00', message: 'Delivered', tag: 'Delivered'}],
    };
    expectTrackingError(() => readTracking(checkpointsOnly, 'auto', 'N1', NOW), 'invalid', /no known format/);
    expectTrackingError(() => readTracking(checkpointsOnly, 'aftership', 'N1', NOW), 'invalid', /not in the aftership/);
    const cainiaoAnswer = {success: true, module: [{mailNo: 'LP1', detailList: []}]};
    expectTrackingError(() => readTracking(cainiaoAnswer, 'native', 'N2', NOW), 'invalid', /not in the native/);
    expectTrackingError(() => readTracking(cainiaoAnswer, '17track', 'N2', NOW), 'invalid', /not in the 17track/);
    expect(readTracking(cainiaoAnswer, 'cainiao', 'N2', NOW).trackingNumber).to.equal('LP1');
  });

  it('falls back to detection for an unknown format name', async () => {
    const json = await loadFixture('cainiao-in-transit');
    for (const name of ['bogus', 'toString', 'constructor', '__proto__']) {
      expect(read(json, name as FormatChoice).trackingNumber, name).to.equal('LP00698765432109');
    }
  });

  it('is an invalid error for shapes no adapter knows', () => {
    for (const json of [
      undefined,
      null,
      42,
      'text',
      [],
      [{}],
      {},
      {foo: 1},
      {data: null},
      {trackingNumber: 'N1'},
      {trackingNumber: 'N1', trackResults: []},
      {number: 'X'},
      {code: 0, data: {}},
    ]) {
      expect(detectFormat(json), JSON.stringify(json)).to.equal(undefined);
      expectTrackingError(() => read(json), 'invalid', /no known format/);
    }
  });

  it('passes an adapter’s own error answers through auto', () => {
    expectTrackingError(() => read({success: false, module: null}), 'invalid', /CAINIAO/);
    expectTrackingError(() => read({data: {accepted: [], rejected: [{number: 'YT9'}]}}), 'not-found', /YT9/);
  });

  it('throws only TrackingError for Proxies and getters that throw, format detection included', () => {
    const trap = () => {
      throw new RangeError('trap');
    };
    const hostile: unknown[] = [
      new Proxy({}, {get: trap, has: trap, ownKeys: trap, getOwnPropertyDescriptor: trap, getPrototypeOf: trap}),
      new Proxy([], {get: trap, has: trap}),
      Object.defineProperty({}, 'events', {get: trap, enumerable: true}),
      Object.defineProperty({trackingNumber: 'LP1'}, 'events', {get: trap, enumerable: true}),
      {data: Object.defineProperty({}, 'tracking', {get: trap})},
      {success: true, module: [Object.defineProperty({}, 'mailNo', {get: trap})]},
    ];
    for (const json of hostile) {
      for (const format of ['auto', 'native', 'cainiao', 'aftership', '17track'] as FormatChoice[]) {
        expectTrackingError(() => readTracking(json, format, 'LP1', NOW), 'invalid', /./);
      }
      // Detection never throws: a shape it can tell without reading a trapped field, or none.
      expect([undefined, ...FORMATS]).to.include(detectFormat(json));
    }
  });

  it('accepts a Date object as an event time', () => {
    const tracking = read({
      trackingNumber: 'LP1',
      events: [{time: new Date('2026-11-10T12:55:00Z'), description: 'Picked up'}],
    });
    expect(tracking.events).to.deep.equal([{time: '2026-11-10T12:55:00Z', description: 'Picked up', stage: 'B'}]);
  });

  it('strips controls and bidi overrides from every text, numbers included', () => {
    const tracking = read({
      trackingNumber: 'LP\u200f1\u0000',
      carrier: {name: 'Piggy\u202e ship'},
      events: [
        {time: '2026-11-10T12:55:00Z', description: '\u001b[31mArrived\u001b[0m', location: 'Hub\u2066 7\u2069'},
      ],
    });
    expect(tracking.trackingNumber).to.equal('LP1');
    expect(tracking.carrier?.name).to.equal('Piggy ship');
    expect(tracking.events[0]).to.deep.include({description: 'Arrived', location: 'Hub 7'});
  });
});
