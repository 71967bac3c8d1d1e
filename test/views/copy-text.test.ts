import {expect} from '@open-wc/testing';
import {readTracking} from '../../src/tracking/adapters/read-tracking.js';
import {copyText} from '../../src/views/copy-text.js';
import {english as en} from '../i18n/catalogues.js';
import {EXPECTED, NOW, fixtureTracking} from './copy-text-fixture.js';

/** The copied text of a native payload, read as of NOW. */
const copyOf = (json: unknown) => copyText(readTracking(json, 'native', '', NOW), en, 'en');

describe('copy text', () => {
  it('summarises the native fixture, one fact per line, events newest first', async () => {
    expect(copyText(await fixtureTracking(), en, 'en')).to.equal(EXPECTED);
  });

  it('uses ordinary spaces only, so it pastes anywhere', async () => {
    expect(copyText(await fixtureTracking(), en, 'en')).to.not.match(/[\u00a0\u2009\u202f]/);
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
