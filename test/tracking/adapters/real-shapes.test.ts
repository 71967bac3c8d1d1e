import {expect} from '@open-wc/testing';
import {readTracking} from '../../../src/tracking/adapters/read-tracking.js';
import {carrierTrackingUrl} from '../../../src/tracking/links/tracking-links.js';
import {NOW, expectTrackingError, overview, read} from './helpers.js';
import {loadRealShape} from './real-shapes.js';

const times = (tracking: {events: {time: string}[]}) => tracking.events.map((event) => event.time);
const stages = (tracking: {events: {stage?: string}[]}) => tracking.events.map((event) => event.stage ?? '-').join('');

describe('real shapes', () => {
  describe('CAINIAO', () => {
    it('Ukraine: each time is timeStr in its own zone, not the epoch relabelled', async () => {
      const tracking = read(await loadRealShape('cainiao-ukraine-zones'));
      expect(times(tracking)).to.deep.equal([
        '2026-11-23T14:18:40+02:00',
        '2026-11-22T20:03:00+03:00',
        '2026-11-03T02:55:17+08:00',
        '2026-11-02T00:16:31+08:00',
      ]);
      expect(overview(tracking)).to.deep.equal({
        trackingNumber: 'RB000000101EE',
        latestTrackingNumber: 'RB000000102EE',
        status: 'customs',
        stage: 'E',
        delivered: false,
        steps: 'done done done done current upcoming upcoming upcoming',
      });
      expect(stages(tracking)).to.equal('EDBA');
      expect([tracking.origin, tracking.destination]).to.deep.equal(['Mainland China', 'Ukraine']);
      // The point estimate (min = max) as one day in the newest event's zone.
      expect(tracking.estimatedDelivery).to.deep.equal({from: '2026-12-09', to: '2026-12-09'});
    });

    it('Belgium: delivered with no second number and no local carrier; COMMON_INTRANSIT moves nothing', async () => {
      const tracking = read(await loadRealShape('cainiao-belgium-delivered'));
      expect(overview(tracking)).to.deep.equal({
        trackingNumber: 'RC000000201EE',
        latestTrackingNumber: undefined,
        status: 'delivered',
        stage: 'H',
        delivered: true,
        steps: 'done done done done done done done done',
      });
      expect(stages(tracking)).to.equal('HHE-DBA');
      expect(tracking.carrier).to.equal(undefined);
      // 2026-11-04 (pickup) to 2026-11-20 (delivery), both at +08:00.
      expect(tracking.transitDays).to.equal(16);
      // GTMS_OE_DEPART is an origin departure: it stays with the original number.
      expect(tracking.events.every((event) => event.trackingNumber === undefined)).to.equal(true);
    });

    it('Israel: every zone spelling, an empty zone at UTC+8, an epoch-only event, the codes of the issue', async () => {
      const tracking = read(await loadRealShape('cainiao-israel-zone-spellings'));
      expect(times(tracking)).to.deep.equal([
        '2026-11-24T11:05:00+02:00',
        '2026-11-23T09:40:00+03:00',
        '2026-11-22T21:10:00+00:00',
        '2026-11-21T06:30:00+08:00',
        '2026-11-20T23:15:00+08:00',
        '2026-11-20T19:02:00+08:00',
        // Only the epoch: its Beijing wall-clock time, in the event's zone (GMT+8 here).
        '2026-11-19T10:00:00+08:00',
        '2026-11-19T08:45:00+08:00',
      ]);
      expect(stages(tracking)).to.equal('GFDDCCAA');
      expect(overview(tracking)).to.include({status: 'in_transit', stage: 'G', latestTrackingNumber: 'RR000000302IL'});
      expect(tracking.events[0].trackingNumber).to.equal('RR000000302IL');
    });
    it('Israel, a recorded answer: one epoch in two zones, latestTrace not doubled, a homepage but no tracking link', async () => {
      const tracking = read(await loadRealShape('cainiao-israel-customs'));
      // Customs (GMT+0) and the local company's acceptance (GMT+3) share CAINIAO's epoch; each is timeStr in its zone.
      expect(times(tracking).slice(0, 4)).to.deep.equal([
        '2023-09-28T09:46:53+00:00',
        '2023-09-28T09:46:53+00:00',
        '2023-09-28T09:46:53+03:00',
        '2023-09-27T16:40:01+00:00',
      ]);
      // 14 scans in detailList; latestTrace repeats the newest and is not listed twice.
      expect(tracking.events).to.have.length(14);
      expect(overview(tracking)).to.deep.equal({
        trackingNumber: 'RS0000000801Y',
        latestTrackingNumber: undefined,
        status: 'in_transit',
        stage: 'F',
        delivered: false,
        steps: 'done done done done done current upcoming upcoming',
      });
      expect(tracking.carrier).to.deep.equal({
        name: 'Israelpost',
        phone: '171',
        homepage: 'https://israelpost.co.il/en/itemtrace',
      });
      expect(carrierTrackingUrl(tracking.carrier, tracking.trackingNumber)).to.equal(undefined);
      expect(tracking.estimatedDelivery).to.deep.equal({from: '2023-10-12', to: '2023-10-16'});
      // Recorded in 2023: counted to now, as the data defines it; the view says since when instead.
      expect(tracking.transitDays).to.be.greaterThan(1000);
    });

    it('a number CAINIAO does not know (mailNoSource EXTERNAL, no scans) is not shipped yet, not an error', async () => {
      const tracking = read(await loadRealShape('cainiao-unknown-number'));
      expect(tracking).to.deep.equal({
        trackingNumber: 'LP00000000000901',
        status: 'pending',
        delivered: false,
        events: [],
      });
    });
  });

  describe('AfterShip', () => {
    it('a list answer shows its first tracking; InTransit_004 is F, the courier is named as AfterShip names it', async () => {
      const tracking = read(await loadRealShape('aftership-v4-list'));
      // Customs after the arrival scan does not move the bar back from F (docs/behaviour.md#stages).
      expect(overview(tracking)).to.include({trackingNumber: 'LP00000000401234', status: 'in_transit', stage: 'F'});
      expect(tracking.events.map((event) => [event.code, event.stage])).to.deep.equal([
        ['InTransit_006', 'E'],
        ['InTransit_004', 'F'],
        ['InTransit_007', 'C'],
        ['InfoReceived_001', 'A'],
      ]);
      expect(tracking.carrier?.name).to.equal('PostNL International 3S');
      expect(tracking.destination).to.equal('Netherlands');
    });

    it('the dated API names: country_region, courier_estimated_delivery_date; "null" read as nothing', async () => {
      const tracking = read(await loadRealShape('aftership-dated-api'));
      expect(overview(tracking)).to.include({status: 'available_for_pickup', stage: 'H', delivered: false});
      expect([tracking.origin, tracking.destination, tracking.deliveryLocation]).to.deep.equal([
        'United States',
        'United States',
        'Columbus, OH',
      ]);
      expect(tracking.estimatedDelivery).to.deep.equal({from: '2026-11-26', to: '2026-11-26'});
      expect(tracking.events.map((event) => event.location)).to.deep.equal([
        'COLUMBUS, OH, United States',
        'COLUMBUS, OH, United States',
      ]);
      expect(carrierTrackingUrl(tracking.carrier, tracking.trackingNumber)).to.equal(
        'https://tools.usps.com/go/TrackConfirmAction?tLabels=9400100000000000000501',
      );
    });

    it('a tracking without its number is invalid, unless the element names the number', async () => {
      const json = await loadRealShape('aftership-no-number');
      expectTrackingError(() => read(json), 'invalid', /no tracking number/);
      const named = readTracking(json, 'auto', 'YT0000000000000999', NOW);
      expect([named.trackingNumber, named.carrier?.name, named.stage]).to.deep.equal([
        'YT0000000000000999',
        'YunExpress',
        'C',
      ]);
    });

    it('a webhook {event, msg} is read as its tracking: number, courier, link and checkpoints', async () => {
      const tracking = read(await loadRealShape('aftership-webhook'));
      expect(overview(tracking)).to.include({
        trackingNumber: '9400100000000000000901',
        status: 'in_transit',
        stage: 'B',
        delivered: false,
      });
      // Checkpoints oldest first, times without an offset (read as UTC): the log runs newest first.
      expect(tracking.events.map((event) => [event.time, event.description])).to.deep.equal([
        ['2026-11-25T03:45:00Z', 'Arrived at Post Office'],
        ['2026-11-22T00:25:00Z', 'Departed USPS Regional Origin Facility'],
        ['2026-11-21T13:04:00Z', 'Shipping Label Created, USPS Awaiting Item'],
      ]);
      expect(tracking.carrier?.name).to.equal('USPS');
      expect(tracking.estimatedDelivery).to.deep.equal({from: '2026-11-27', to: '2026-11-27'});
      expect(carrierTrackingUrl(tracking.carrier, tracking.trackingNumber)).to.equal(
        'https://tools.usps.com/go/TrackConfirmAction?tLabels=9400100000000000000901',
      );
    });

    it("a cainiao tracking takes its stages from CAINIAO's codes in raw_tag, and its site root is no tracking link", async () => {
      const tracking = read(await loadRealShape('aftership-cainiao-raw-tags'));
      expect(overview(tracking)).to.deep.equal({
        trackingNumber: 'RLJ00000801',
        latestTrackingNumber: undefined,
        status: 'customs',
        stage: 'E',
        delivered: false,
        steps: 'done done done done current upcoming upcoming upcoming',
      });
      // Checkpoints out of order, newest first; export customs (CC_EX_*) is C, the warehouse release A,
      // the flight D, although AfterShip's subtags say "customs clearance started" and "departure scan".
      expect(stages(tracking)).to.equal('EEDDCCCCBBAAAA');
      expect(tracking.events.slice(6, 8).map((event) => [event.time, event.stage])).to.deep.equal([
        ['2026-11-24T21:37:22+08:00', 'C'],
        ['2026-11-23T05:16:33+08:00', 'C'],
      ]);
      expect(tracking.carrier).to.deep.equal({
        name: 'Cainiao',
        code: 'cainiao',
        homepage: 'https://global.cainiao.com/',
      });
      expect(carrierTrackingUrl(tracking.carrier, tracking.trackingNumber)).to.equal(undefined);
      expect([tracking.origin, tracking.destination]).to.deep.equal(['Mainland China', 'Russia']);
    });

    it('a webhook whose msg is no tracking, or whose event is no text, is invalid', () => {
      expectTrackingError(
        () => read({event: 'tracking_update', msg: {note: 'no tracking'}}),
        'invalid',
        /known format/,
      );
      expectTrackingError(
        () => read({event: 42, msg: {tracking_number: 'X', slug: 'usps'}}),
        'invalid',
        /known format/,
      );
    });
  });

  describe('17TRACK', () => {
    it('a v2 webhook is read as its item; the delivered event with only time_raw counts', async () => {
      const tracking = read(await loadRealShape('17track-webhook'));
      expect(overview(tracking)).to.include({
        trackingNumber: 'YT0000000000000601',
        status: 'delivered',
        stage: 'H',
        delivered: true,
      });
      expect(tracking.events[0]).to.deep.include({
        time: '2026-11-22T13:41:00Z',
        description: 'Delivered to the recipient, signed by HARRIS',
        stage: 'H',
        code: 'Delivered_Other',
      });
      expect(stages(tracking)).to.equal('HFDB');
      expect(tracking.carrier).to.deep.equal({name: 'YunExpress', homepage: 'https://www.yuntrack.com/'});
    });

    it('a webhook with the fields of track_info beside it, not inside, reads as delivered, not "not shipped yet"', async () => {
      const tracking = read(await loadRealShape('17track-webhook-beside'));
      expect(overview(tracking)).to.include({
        trackingNumber: '1Z000000000000701',
        status: 'delivered',
        stage: 'H',
        delivered: true,
      });
      expect(tracking.events.map((event) => [event.time, event.description])).to.deep.equal([
        ['2026-11-20T16:35:22-08:00', 'DELIVERED'],
        ['2026-11-20T08:46:06-08:00', 'Out For Delivery Today'],
        ['2026-11-18T02:15:00-08:00', 'Arrived at Facility'],
        ['2026-11-16T16:36:47-08:00', 'Origin Scan'],
        ['2026-11-14T22:43:08-08:00', 'Shipper created a label, UPS has not received the package yet.'],
      ]);
      // The recipient beside shipping_info still gives the delivery city; "null" written as text is no value.
      expect(tracking.deliveryLocation).to.equal('EUREKA, CA');
      expect(tracking.carrier).to.deep.equal({name: 'UPS', homepage: 'http://www.ups.com/'});
      expect(tracking.latestTrackingNumber).to.equal(undefined);
      // UPS's own scans without a 17TRACK stage are the carrier moving the parcel (B), not nothing.
      expect(stages(tracking)).to.equal('HHBBA');
    });

    it('a v1 answer is read from its track, never "not shipped yet"', async () => {
      const tracking = read(await loadRealShape('17track-v1'));
      expect(overview(tracking)).to.include({trackingNumber: 'RB000000701CN', status: 'delivered', delivered: true});
      expect(tracking.events.map((event) => [event.time, event.description])).to.deep.equal([
        ['2026-11-22T14:05:00Z', 'Delivered, In/At Mailbox'],
        ['2026-11-22T07:30:00Z', 'Out for Delivery'],
        ['2026-11-19T11:00:00Z', 'Arrived at USPS Regional Facility'],
        ['2026-11-13T18:20:00Z', 'Departure from outward office of exchange'],
        ['2026-11-12T09:10:00Z', 'Posting/Collection'],
      ]);
    });

    it('a v1 answer without a usable event is invalid, never "not shipped yet"', async () => {
      const answer = (await loadRealShape('17track-v1')) as {data: {accepted: [{number: string}]}};
      const {number} = answer.data.accepted[0];
      for (const track of [
        {e: 0, z0: null, z1: [], z2: []},
        {e: 40, z0: {a: '', z: 'Delivered'}, z1: [{a: '2026-11-22 14:05', z: ''}], z2: null},
      ]) {
        const json = {...answer, data: {accepted: [{number, track}]}};
        expectTrackingError(() => read(json), 'invalid', /v1/);
      }
    });
  });
});
