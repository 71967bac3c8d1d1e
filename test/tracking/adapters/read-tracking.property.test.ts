import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {readTracking, type FormatChoice} from '../../../src/tracking/adapters/read-tracking.js';
import type {Tracking} from '../../../src/tracking/model/tracking.js';
import {TrackingError} from '../../../src/tracking/tracking-error.js';
import {loadFixture, type FixtureName} from '../../fixtures.js';
import {anyInput, deeplyNested, mutated} from '../../junk.js';
import {NOW} from './helpers.js';

const CHOICES: FormatChoice[] = ['auto', 'native', 'cainiao', 'aftership', '17track'];
const FIXTURES: FixtureName[] = [
  'native-delivered',
  'cainiao-in-transit',
  'aftership-out-for-delivery',
  '17track-delivered',
];
const STATUSES = [
  'pending',
  'in_transit',
  'customs',
  'out_for_delivery',
  'delivered',
  'available_for_pickup',
  'failed_attempt',
  'exception',
];

/** Reads `json` in every format: each either gives a well-formed tracking or throws a TrackingError. */
function readInEveryFormat(json: unknown) {
  for (const format of CHOICES) {
    let tracking: Tracking;
    try {
      tracking = readTracking(json, format, 'FALLBACK1', NOW);
    } catch (error) {
      if (!(error instanceof TrackingError)) throw new Error(`${format}: threw ${String(error)}`);
      expect(['invalid', 'not-found']).to.include(error.kind);
      continue;
    }
    expect(tracking.trackingNumber, format).to.be.a('string').and.not.equal('');
    expect(STATUSES, format).to.include(tracking.status);
    expect(tracking.delivered, format).to.be.a('boolean');
    expect(tracking.events, format).to.be.an('array');
    for (const event of tracking.events) {
      expect(event.description, format).to.be.a('string').and.not.equal('');
      expect(Number.isNaN(Date.parse(event.time)), `${format}: ${event.time}`).to.equal(false);
    }
    const times = tracking.events.map((event) => Date.parse(event.time));
    expect(times, `${format}: newest first`).to.deep.equal([...times].sort((a, b) => b - a));
  }
}

describe('readTracking with random input (property-based)', () => {
  it('any JSON or JavaScript value: a tracking or a TrackingError, in every format', () => {
    fc.assert(
      fc.property(anyInput, (json) => readInEveryFormat(json)),
      {numRuns: 300},
    );
  });

  for (const name of FIXTURES) {
    it(`random mutations of ${name}: a tracking or a TrackingError, in every format`, async () => {
      const fixture = await loadFixture(name);
      fc.assert(
        fc.property(mutated(fixture), (json) => readInEveryFormat(json)),
        {numRuns: 150},
      );
    });
  }

  it('1 MB strings in every text field', async () => {
    const huge = `${'A'.repeat(1024 * 1024)}<script>`;
    for (const name of FIXTURES) {
      const json = JSON.parse(
        JSON.stringify(await loadFixture(name), (_key, value) =>
          typeof value === 'string' && !/^\d{4}-/.test(value) ? huge : value,
        ),
      );
      readInEveryFormat(json);
    }
  });

  it('5,000 events: the newest 1,000 kept', () => {
    const events = Array.from({length: 5000}, (_, i) => ({
      time: NOW - i * 60_000,
      description: `Scan ${i}`,
      location: 'Hub',
    }));
    const tracking = readTracking({trackingNumber: 'LP5000', events}, 'auto', '', NOW);
    expect(tracking.events).to.have.length(1000);
    expect(tracking.events[0].description).to.equal('Scan 0');
    readInEveryFormat({trackingNumber: 'LP5000', events});
  });

  it('deeply nested junk in every field', () => {
    for (const key of [undefined, 'module', 'data', 'events', 'detailList', 'tracking', 'track_info', 'checkpoints']) {
      const deep = deeplyNested(10_000, key);
      readInEveryFormat(deep);
      readInEveryFormat({trackingNumber: 'LP1', events: deep, carrier: deep, origin: deep});
      readInEveryFormat({success: true, module: [{mailNo: 'LP1', detailList: deep, destCpInfo: deep}]});
    }
  });
});
