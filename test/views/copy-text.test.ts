import {expect} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import {readTracking} from '../../src/tracking/adapters/read-tracking.js';
import {copyText} from '../../src/views/copy-text.js';
import {english as en} from '../i18n/catalogues.js';
import {loadFixture} from '../fixtures.js';

const NOW = Date.UTC(2026, 10, 20, 12);

const EXPECTED = [
  'Delivered · Delivered in 8 days',
  'Tracking number: LP00612345678901',
  'Latest tracking number: 9400111206213456789012',
  'Carrier: USPS',
  'Phone: 1-800-275-8777',
  'Nov 10, 2026, 1:32 PM GMT-5 · Columbus, OH · Delivered, in/at mailbox',
  'Nov 10, 2026, 7:55 AM GMT-5 · Columbus, OH · Out for delivery',
  'Nov 9, 2026, 5:10 AM GMT-5 · Columbus, OH · Arrived at USPS regional facility',
  'Nov 7, 2026, 4:45 PM GMT-8 · Los Angeles, CA · Received by local delivery company',
  'Nov 7, 2026, 9:00 AM GMT-8 · Los Angeles, CA · Import customs clearance complete',
  'Nov 6, 2026, 2:20 PM GMT-8 · Los Angeles, CA · Arrived at linehaul office',
  'Nov 5, 2026, 2:15 AM GMT+8 · Shenzhen · Departed from departure country/region',
  'Nov 4, 2026, 11:30 AM GMT+8 · Shenzhen · Export customs clearance complete',
  'Nov 3, 2026, 7:05 AM GMT+8 · Shenzhen · Processing at sorting center',
  'Nov 2, 2026, 6:40 PM GMT+8 · Dongguan · Received by logistics company',
  'Nov 2, 2026, 9:12 AM GMT+8 · Dongguan · Shipment information received by warehouse electronically',
].join('\n');

async function fixtureTracking(extra: Record<string, unknown> = {}) {
  const json = (await loadFixture('native-delivered')) as Record<string, unknown>;
  return readTracking(
    {...json, estimatedDelivery: {from: '2026-11-20', to: '2026-11-24'}, ...extra},
    'native',
    '',
    NOW,
  );
}

/** The copied text of a native payload, read as of NOW. */
const copyOf = (json: unknown) => copyText(readTracking(json, 'native', '', NOW), en, 'en');

describe('copy text', () => {
  it('summarises the native fixture, one fact per line, events newest first', async () => {
    expect(copyText(await fixtureTracking(), en, 'en')).to.equal(EXPECTED);
  });

  it('uses ordinary spaces only, so it pastes anywhere', async () => {
    expect(copyText(await fixtureTracking(), en, 'en')).to.not.match(/[\u00a0\u2009\u202f]/);
  });

  describe('in other time zones', () => {
    let original: string;
    before(() => {
      original = Intl.DateTimeFormat().resolvedOptions().timeZone;
    });
    after(async () => {
      await executeServerCommand('set-timezone', original);
    });

    for (const zone of ['Asia/Shanghai', 'America/Los_Angeles', 'Pacific/Kiritimati', 'UTC']) {
      it(`shows each event at its own wall clock in ${zone}`, async () => {
        await executeServerCommand('set-timezone', zone);
        expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal(zone === 'UTC' ? 'UTC' : zone);
        expect(copyText(await fixtureTracking(), en, 'en')).to.equal(EXPECTED);
      });
    }
  });

  it('leaves the zone out when every event has the same offset', () => {
    expect(
      copyOf({
        trackingNumber: 'LP1',
        events: [
          {time: '2026-11-10T07:55:00-05:00', description: 'Out for delivery', location: 'Columbus, OH'},
          {time: '2026-11-09T05:10:00-05:00', description: 'Arrived at Post Office'},
        ],
      }),
    ).to.equal(
      [
        'Out for delivery · 11 days in transit',
        'Tracking number: LP1',
        'Nov 10, 2026, 7:55 AM · Columbus, OH · Out for delivery',
        'Nov 9, 2026, 5:10 AM · Arrived at Post Office',
      ].join('\n'),
    );
  });

  it('says one day, and a single estimated day', () => {
    expect(
      copyOf({
        trackingNumber: 'LP1',
        estimatedDelivery: '2026-11-24',
        events: [{time: '2026-11-19T10:00:00+08:00', description: 'Picked up'}],
      }),
    ).to.equal(
      [
        'In transit · 1 day in transit',
        'Tracking number: LP1',
        'Estimated delivery: Nov 24, 2026',
        'Nov 19, 2026, 10:00 AM · Picked up',
      ].join('\n'),
    );
  });

  it('gives the estimated window until delivery, as the overview does', async () => {
    const window = {from: '2026-11-20', to: '2026-11-24'};
    const inTransit = {
      trackingNumber: 'LP1',
      estimatedDelivery: window,
      events: [{time: '2026-11-19T10:00:00+08:00', description: 'Picked up'}],
    };
    expect(copyOf(inTransit).split('\n')).to.include('Estimated delivery: Nov 20 – 24, 2026');
    // The fixture is delivered: its estimate (added by fixtureTracking) is left out.
    expect(copyText(await fixtureTracking(), en, 'en')).not.to.contain('Estimated delivery');
  });

  it('is short for a parcel not shipped yet', () => {
    expect(copyOf({trackingNumber: 'LP1', events: []})).to.equal('Not shipped yet\nTracking number: LP1');
  });

  it('leaves out a phone that is no phone, keeps markup as text', () => {
    expect(
      copyOf({
        trackingNumber: 'LP1',
        carrier: {name: 'PiggyShip', phone: 'call us'},
        events: [
          {time: '2026-11-19T10:00:00+08:00', description: '<img src=x onerror=alert(1)>', location: '<b>LA</b>'},
        ],
      }),
    ).to.equal(
      [
        'In transit · 1 day in transit',
        'Tracking number: LP1',
        'Carrier: PiggyShip',
        'Nov 19, 2026, 10:00 AM · <b>LA</b> · <img src=x onerror=alert(1)>',
      ].join('\n'),
    );
  });

  it('cleans the phone it copies', async () => {
    const tracking = await fixtureTracking({
      carrier: {name: 'USPS', phone: 'Call 1-800-275-8777 (Mon-Fri 8am-8:30pm)'},
    });
    expect(copyText(tracking, en, 'en').split('\n')[4]).to.equal('Phone: 1-800-275-8777');
  });
});
