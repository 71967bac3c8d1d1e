import {expect} from '@open-wc/testing';
import {sameTracking} from '../../src/element/same-tracking.js';
import type {Tracking} from '../../src/tracking/model/tracking.js';

const tracking = (): Tracking => ({
  trackingNumber: 'LP00612345678901',
  status: 'in_transit',
  delivered: false,
  carrier: {name: 'USPS', phone: '1-800-275-8777'},
  events: [
    {time: '2026-11-20T10:00:00+08:00', description: 'Departed', location: 'Shenzhen'},
    {time: '2026-11-19T10:00:00+08:00', description: 'Received'},
  ],
});

describe('sameTracking', () => {
  it('is true for the same data read again, a field set to undefined counting as absent', () => {
    expect(sameTracking(tracking(), tracking())).to.equal(true);
    expect(sameTracking(tracking(), {...tracking(), latestTrackingNumber: undefined})).to.equal(true);
  });

  it('is false when anything differs: a field, a nested field, an event, their order', () => {
    const [a, b] = tracking().events;
    for (const other of [
      {...tracking(), status: 'customs' as const},
      {...tracking(), carrier: {name: 'USPS'}},
      {...tracking(), events: [{...a!, description: 'Arrived'}, b!]},
      {...tracking(), events: [b!, a!]},
      {...tracking(), events: [a!]},
      {...tracking(), transitDays: 3},
    ]) {
      expect(sameTracking(tracking(), other), JSON.stringify(other)).to.equal(false);
    }
  });
});
