import {expect} from '@open-wc/testing';
import {readTracking} from '../../../src/tracking/adapters/read-tracking.js';
import {carrierTrackingUrl} from '../../../src/tracking/links/tracking-links.js';
import {STATUSES} from '../../../src/tracking/model/tracking.js';
import {loadFixture} from '../../fixtures.js';
import {JUNK, NOW, expectTrackingError, overview, read, steps} from './helpers.js';

const LOCAL = '9200190312345678901234';

/** The fixture's one accepted item. */
async function fixtureItem(): Promise<Record<string, unknown>> {
  const answer = (await loadFixture('17track-delivered')) as {data: {accepted: Record<string, unknown>[]}};
  return answer.data.accepted[0];
}

/** An accepted item with one provider and the given events and track_info fields. */
const item = (events: unknown[], info: Record<string, unknown> = {}) => ({
  number: 'YT0001',
  track_info: {tracking: {providers: [{provider: {name: 'YunExpress'}, events}]}, ...info},
});

describe('17TRACK adapter', () => {
  it('reads the fixture: both numbers, delivered, every step done', async () => {
    const tracking = read(await loadFixture('17track-delivered'));
    expect(overview(tracking)).to.deep.equal({
      trackingNumber: 'YT2633100123456789',
      latestTrackingNumber: LOCAL,
      status: 'delivered',
      stage: 'H',
      delivered: true,
      steps: 'done done done done done done done done',
    });
    expect(tracking.origin).to.equal('Mainland China');
    expect(tracking.destination).to.equal('United States');
    expect(tracking.deliveryLocation).to.equal('Austin');
    // 2026-11-10T01:00Z to the delivery at 2026-11-21T21:04Z.
    expect(tracking.transitDays).to.equal(11);
    expect(tracking.estimatedDelivery).to.equal(undefined);
  });

  it('takes the local provider as the carrier: name, phone, homepage, never a homepage as tracking link', async () => {
    const tracking = read(await loadFixture('17track-delivered'), '17track');
    expect(tracking.carrier).to.deep.equal({name: 'USPS', phone: '1-800-275-8777', homepage: 'https://www.usps.com/'});
    expect(carrierTrackingUrl(tracking.carrier, tracking.latestTrackingNumber)).to.equal(
      `https://tools.usps.com/go/TrackConfirmAction?tLabels=${LOCAL}`,
    );
  });

  it('merges every provider’s events newest first, local ones marked with the local number', async () => {
    const tracking = read(await loadFixture('17track-delivered'));
    expect(tracking.events.map(({time, stage, trackingNumber}) => [time, stage, trackingNumber])).to.deep.equal([
      ['2026-11-21T15:04:00-06:00', 'H', LOCAL],
      ['2026-11-21T08:02:00-06:00', 'H', LOCAL],
      ['2026-11-19T22:10:00-06:00', 'G', LOCAL],
      ['2026-11-16T10:00:00-08:00', 'E', undefined],
      ['2026-11-15T05:40:00-08:00', 'F', undefined],
      ['2026-11-12T23:15:00+08:00', 'D', undefined],
      ['2026-11-10T20:00:00+08:00', 'B', undefined],
      ['2026-11-10T09:00:00+08:00', 'A', undefined],
    ]);
    expect(tracking.events[0]).to.deep.include({
      description: 'Delivered, Front Door/Porch',
      location: 'AUSTIN, TX 78704',
      code: 'Delivered',
    });
  });

  it('reads one accepted item like the whole answer', async () => {
    const whole = read(await loadFixture('17track-delivered'));
    expect(read(await fixtureItem())).to.deep.equal(whole);
  });

  it('is not-found when the number is rejected or nothing was accepted', () => {
    const rejected = {
      code: 0,
      data: {accepted: [], rejected: [{number: 'YT404', error: {code: -18019909, message: 'No tracking information'}}]},
    };
    expectTrackingError(() => read(rejected), 'not-found', /YT404/);
    expectTrackingError(() => read(rejected, '17track'), 'not-found', /YT404/);
    expectTrackingError(() => read({code: 0, data: {accepted: [], rejected: []}}), 'not-found', /accepted no/);
    expectTrackingError(() => read({data: {accepted: [null, 'x']}}, '17track'), 'not-found', /accepted no/);
    const both = {data: {accepted: [item([])], rejected: [{number: 'YT0001'}]}};
    expectTrackingError(() => read(both), 'not-found', /YT0001/);
  });

  it('takes a milestone key_stage for an event without a stage of its own', () => {
    const tracking = read(
      item(
        [
          {time_iso: '2026-11-15T05:40:00-08:00', description: 'Processed', stage: null},
          {time_iso: '2026-11-12T23:15:00+08:00', description: 'Flight', stage: 'PickedUp'},
        ],
        {
          milestone: [
            {key_stage: 'Arrival', time_iso: '2026-11-15T13:40:00Z'},
            {key_stage: 'Departure', time_iso: '2026-11-12T23:15:00+08:00'},
          ],
        },
      ),
    );
    expect(tracking.events.map(({stage, code}) => [stage, code])).to.deep.equal([
      ['F', 'Arrival'],
      ['B', 'PickedUp'],
    ]);
  });

  it('reads time_raw as an object or as one text, when time_iso and time_utc are null', () => {
    const tracking = read(
      item([
        {time_iso: null, time_utc: null, time_raw: '2026-11-22 13:41', description: 'Delivered', stage: 'Delivered'},
        {
          time_iso: null,
          time_utc: null,
          time_raw: {date: '2026-11-20', time: '08:10:00', timezone: '-05:00'},
          description: 'Arrival scan',
          stage: 'Arrival',
        },
        {time_iso: null, time_utc: null, time_raw: 'junk', description: 'No time', stage: 'PickedUp'},
      ]),
    );
    expect(tracking.events.map(({time, stage}) => [time, stage])).to.deep.equal([
      ['2026-11-22T13:41:00Z', 'H'],
      ['2026-11-20T08:10:00-05:00', 'F'],
    ]);
    expect([tracking.status, tracking.delivered]).to.deep.equal(['delivered', true]);
  });

  it('maps returns to exception, pickup and failures, and trusts latest_status for delivery', () => {
    const one = (stage: string, description: string, status?: string) =>
      read(
        item([{time_iso: '2026-11-20T10:00:00-05:00', description, stage}], status ? {latest_status: {status}} : {}),
      );
    const returned = one('Returned', 'Returned to shipper');
    expect([returned.status, returned.stage, returned.delivered]).to.deep.equal(['exception', undefined, false]);
    expect(one('Returning', 'On its way back').status).to.equal('exception');
    const pickup = one('AvailableForPickup', 'Ready at the counter');
    expect([pickup.status, pickup.delivered, steps(pickup)]).to.deep.equal([
      'available_for_pickup',
      false,
      'done done done done done done done current',
    ]);
    expect(one('Arrival', 'Arrived', 'Delivered').status).to.equal('delivered');
    expect(one('Arrival', 'Arrived', 'Exception').status).to.equal('exception');
    expect(one('Arrival', 'Arrived', 'constructor').status).to.equal('in_transit');
  });

  it('without a local provider takes the first provider, and drops a javascript: homepage', () => {
    const tracking = read({
      number: 'YT0002',
      track_info: {
        tracking: {
          providers: [
            {provider: {name: 'PiggyShip', tel: '+1 (555) 010-0000', homepage: 'javascript:alert(1)'}, events: []},
            {provider: {name: 'YunExpress', homepage: 'https://yun.example/'}, events: []},
          ],
        },
      },
    });
    expect(tracking.carrier).to.deep.equal({name: 'PiggyShip', phone: '+1 (555) 010-0000'});
    expect(tracking.latestTrackingNumber).to.equal(undefined);
    expect(carrierTrackingUrl(tracking.carrier, 'YT0002')).to.equal(undefined);
  });

  it('names the local provider from misc_info when no provider entry matches', () => {
    const tracking = read(
      item([{time_iso: '2026-11-20T10:00:00-05:00', description: 'Accepted', stage: 'PickedUp'}], {
        misc_info: {local_number: 'LOC123', local_provider: 'OnTrac'},
      }),
    );
    expect(tracking.carrier).to.deep.equal({name: 'OnTrac'});
    expect(tracking.latestTrackingNumber).to.equal('LOC123');
    expect(tracking.events[0].trackingNumber).to.equal(undefined);
  });

  it('reads the estimated delivery window and the delivery place from shipping_info', () => {
    const tracking = read(
      item([{time_iso: '2026-11-20T10:00:00-05:00', description: 'Accepted', stage: 'PickedUp'}], {
        time_metrics: {estimated_delivery_date: {from: '2026-11-25T00:00:00-05:00', to: '2026-11-29T23:59:59-05:00'}},
        shipping_info: {
          shipper_address: {country: 'HK'},
          recipient_address: {country: 'CA', state: 'ON', city: 'Toronto'},
        },
      }),
    );
    expect(tracking.estimatedDelivery).to.deep.equal({from: '2026-11-25', to: '2026-11-29'});
    expect([tracking.origin, tracking.destination, tracking.deliveryLocation]).to.deep.equal([
      'Hong Kong',
      'Canada',
      'Toronto, ON',
    ]);
  });

  it('never throws on missing, null or mistyped fields', () => {
    const eventFields = ['time_iso', 'time_utc', 'description', 'location', 'stage', 'address'];
    for (const junk of JUNK) {
      const junkEvent = Object.fromEntries(eventFields.map((key) => [key, junk]));
      for (const payload of [
        {number: junk, track_info: junk},
        {
          number: 'YT1',
          track_info: {
            latest_status: junk,
            milestone: junk,
            misc_info: junk,
            shipping_info: junk,
            time_metrics: junk,
            tracking: junk,
          },
        },
        {
          number: 'YT1',
          track_info: {
            misc_info: {local_number: junk, local_provider: junk, local_key: junk},
            tracking: {providers: junk},
          },
        },
        {
          number: 'YT1',
          track_info: {
            milestone: [junk, {key_stage: junk, time_iso: junk}],
            tracking: {
              providers: [
                junk,
                {provider: junk, events: junk},
                {provider: {name: junk, tel: junk, homepage: junk}, events: [junk, junkEvent]},
              ],
            },
          },
        },
        {data: {accepted: [{number: 'YT1', track_info: {shipping_info: {recipient_address: junk}}}], rejected: junk}},
      ]) {
        const tracking = readTracking(payload, '17track', 'FALLBACK1', NOW);
        expect(STATUSES, String(junk)).to.include(tracking.status);
        expect(tracking.events).to.deep.equal([]);
      }
    }
    expect(readTracking({number: null, track_info: null}, 'auto', 'FALLBACK1', NOW)).to.deep.equal({
      trackingNumber: 'FALLBACK1',
      status: 'pending',
      delivered: false,
      events: [],
    });
  });
});
