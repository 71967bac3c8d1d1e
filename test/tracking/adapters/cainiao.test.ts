import {expect} from '@open-wc/testing';
import {readTracking} from '../../../src/tracking/adapters/read-tracking.js';
import {cainiaoTrackingUrl, carrierTrackingUrl} from '../../../src/tracking/links/tracking-links.js';
import {STATUSES} from '../../../src/tracking/model/tracking.js';
import {loadFixture} from '../../fixtures.js';
import {JUNK, NOW, expectTrackingError, overview, read, steps} from './helpers.js';

const LATEST = '9261290312345678901234';

/** A CAINIAO answer with one module built from `module` fields. */
const answer = (module: Record<string, unknown>) => ({
  success: true,
  module: [{mailNo: 'LP00111122223333', ...module}],
});

/** A detail item at a local time in GMT-8 (epoch time included). */
const detail = (localTime: string, actionCode: string, desc: string, extra: Record<string, unknown> = {}) => ({
  time: Date.parse(`${localTime}-08:00`),
  timeStr: localTime.replace('T', ' '),
  timeZone: 'GMT-8',
  desc,
  standerdDesc: desc,
  actionCode,
  ...extra,
});

describe('CAINIAO adapter', () => {
  it('reads the fixture: numbers, stage E from events, customs, carrier homepage, window', async () => {
    const tracking = read(await loadFixture('cainiao-in-transit'));
    expect(overview(tracking)).to.deep.equal({
      trackingNumber: 'LP00698765432109',
      latestTrackingNumber: LATEST,
      status: 'customs',
      stage: 'E',
      delivered: false,
      steps: 'done done done done current upcoming upcoming upcoming',
    });
    expect(tracking.origin).to.equal('Mainland China');
    expect(tracking.destination).to.equal('United States');
    // 2026-11-14T04:40Z (first event) to NOW (2026-11-28T12:00Z): 14 whole days.
    expect(tracking.transitDays).to.equal(14);
    // deliveryMinTime/MaxTime as dates in the newest event's zone (GMT-8).
    expect(tracking.estimatedDelivery).to.deep.equal({from: '2026-11-24', to: '2026-11-28'});
  });

  it('gives the carrier its homepage, never as the tracking link; links come from the number', async () => {
    const tracking = read(await loadFixture('cainiao-in-transit'), 'cainiao');
    expect(tracking.carrier).to.deep.equal({
      name: 'USPS',
      code: 'USPS',
      phone: '1-800-275-8777',
      homepage: 'https://www.usps.com/',
    });
    expect(carrierTrackingUrl(tracking.carrier, tracking.latestTrackingNumber)).to.equal(
      `https://tools.usps.com/go/TrackConfirmAction?tLabels=${LATEST}`,
    );
    expect(cainiaoTrackingUrl(tracking.trackingNumber)).to.equal(
      'https://global.cainiao.com/newDetail.htm?mailNoList=LP00698765432109',
    );
  });

  it('lists events newest first at their own local time and code', async () => {
    const tracking = read(await loadFixture('cainiao-in-transit'));
    expect(tracking.events.map((event) => event.time)).to.deep.equal([
      '2026-11-19T09:30:00-08:00',
      '2026-11-18T21:00:00-08:00',
      '2026-11-18T16:50:00-08:00',
      '2026-11-18T11:00:00+08:00',
      '2026-11-17T13:00:00+08:00',
      '2026-11-16T12:40:00+08:00',
      '2026-11-15T12:40:00+08:00',
      '2026-11-14T12:40:00+08:00',
    ]);
    expect(tracking.events.map((event) => event.stage ?? '-').join('')).to.equal('EE-DCBAA');
    expect(tracking.events[0]).to.deep.equal({
      time: '2026-11-19T09:30:00-08:00',
      description: 'Import customs clearance started',
      stage: 'E',
      code: 'CC_IM_START',
    });
    // The carrier's own desc is shown, not the standard text.
    expect(tracking.events[2].description).to.equal('The destination carrier has been notified of the parcel');
    expect(tracking.events[5].description).to.equal('[Shatian Town] Departed from sorting center');
  });

  it('ignores the top-level status: DELIVERING with pickup events only is not out for delivery', () => {
    const tracking = read(
      answer({
        status: 'DELIVERING',
        detailList: [detail('2026-11-20T10:00:00', 'PU_PICKUP_SUCCESS', 'Received by logistics company')],
      }),
      'cainiao',
    );
    expect(tracking.status).to.equal('in_transit');
    expect(tracking.stage).to.equal('A');
    expect(steps(tracking)).to.equal('current upcoming upcoming upcoming upcoming upcoming upcoming upcoming');
  });

  it('does not let forecasts (LAST_MILE_ASN_NOTIFY, COMMON_INTRANSIT) advance the bar, even as the newest events', () => {
    const tracking = read(
      answer({
        detailList: [
          detail('2026-11-21T09:00:00', 'COMMON_INTRANSIT', 'Your parcel is in transit to the local delivery company'),
          detail(
            '2026-11-20T09:00:00',
            'LAST_MILE_ASN_NOTIFY',
            'Out for delivery soon: the local carrier has been notified',
          ),
          detail('2026-11-19T09:00:00', 'LH_DEPART', 'Departed from departure country/region'),
        ],
      }),
    );
    expect(tracking.stage).to.equal('D');
    expect(tracking.status).to.equal('in_transit');
    expect(tracking.events.map((event) => event.stage)).to.deep.equal([undefined, undefined, 'D']);
    expect(tracking.events[0].code).to.equal('COMMON_INTRANSIT');
  });

  it('treats GTMS_STA_SIGNED (a pickup station signed) as available for pickup, not delivered', () => {
    const tracking = read(
      answer({
        copyRealMailNo: LATEST,
        detailList: [
          detail('2026-11-24T15:00:00', 'GTMS_STA_SIGNED', 'Delivered to the pickup station, signed by the station'),
          detail('2026-11-23T08:00:00', 'GTMS_SC_ARRIVE', 'Arrived at the sorting center'),
          detail('2026-11-22T08:00:00', 'GTMS_ACCEPT', 'Received by local delivery company'),
        ],
      }),
    );
    expect(tracking.status).to.equal('available_for_pickup');
    expect(tracking.delivered).to.equal(false);
    expect(tracking.stage).to.equal('G');
    expect(steps(tracking)).to.equal('done done done done done done current upcoming');
    expect(tracking.events[0].stage).to.equal(undefined);
  });

  it('reads a parcel signed for by the customer as delivered, H done', () => {
    const tracking = read(answer({detailList: [detail('2026-11-24T15:00:00', 'GTMS_SIGNED', 'Package delivered')]}));
    expect(tracking.status).to.equal('delivered');
    expect(steps(tracking)).to.equal('done done done done done done done done');
  });

  it('reads an empty detailList as pending, not an error', () => {
    const tracking = read(answer({status: 'DELIVERING', detailList: []}));
    expect(tracking.status).to.equal('pending');
    expect(tracking.stage).to.equal(undefined);
    expect(tracking.events).to.deep.equal([]);
    expect(tracking.trackingNumber).to.equal('LP00111122223333');
    expect(tracking.transitDays).to.equal(undefined);
    expect(steps(tracking)).to.equal('upcoming upcoming upcoming upcoming upcoming upcoming upcoming upcoming');
  });

  it('is an invalid answer when success is false or there is no module', () => {
    expectTrackingError(() => read({success: false}), 'invalid', /CAINIAO.*success: false/);
    expectTrackingError(
      () => read({success: false, module: [{mailNo: 'X', detailList: []}]}, 'cainiao'),
      'invalid',
      /success: false/,
    );
    for (const module of [undefined, null, [], [null], ['text'], {}, 'module']) {
      expectTrackingError(() => read({success: true, module}), 'invalid', /no tracking module/);
    }
  });

  it('keeps HTML in desc as the literal string', () => {
    const html = '<a href="javascript:alert(1)">Delivered</a> <img src=x onerror="alert(2)">';
    const tracking = read(answer({detailList: [detail('2026-11-24T15:00:00', 'GTMS_SC_ARRIVE', html)]}));
    expect(tracking.events[0].description).to.equal(html);
  });

  it('falls back to standerdDesc, and to timeStr with timeZone when the epoch time is missing', () => {
    const tracking = read(
      answer({
        detailList: [
          {
            timeStr: '2026-11-19 09:30:00',
            timeZone: 'GMT+8',
            desc: '',
            standerdDesc: 'Export customs clearance complete',
            actionCode: 'CC_EX_SUCCESS',
          },
          {time: 'soon', timeStr: '2026-11-20 07:15:00', timeZone: 'GMT-5', desc: null, standerdDesc: 'Arrived at hub'},
          {timeStr: '2026-11-21 10:00:00', desc: 'No zone given'},
        ],
      }),
    );
    expect(tracking.events.map(({time, description}) => [time, description])).to.deep.equal([
      ['2026-11-21T10:00:00+08:00', 'No zone given'],
      ['2026-11-20T07:15:00-05:00', 'Arrived at hub'],
      ['2026-11-19T09:30:00+08:00', 'Export customs clearance complete'],
    ]);
    expect(tracking.events[2].stage).to.equal('C');
    // "hub" through the description keywords: stage F.
    expect(tracking.events[1].stage).to.equal('F');
  });

  it('parses the second number out of realMailNo and marks the events that belong to it', () => {
    const tracking = read(
      answer({
        realMailNo: `Latest Tracking Number:\t${LATEST}`,
        detailList: [
          detail('2026-11-24T08:00:00', 'GTMS_DO_DEPART', 'Out for delivery'),
          detail('2026-11-23T08:00:00', 'NO_SUCH_CODE', 'Arrived at the post office', {mailNo: 'OTHER123456'}),
          detail('2026-11-22T18:00:00', 'GTMS_ACCEPT', 'Received by local delivery company'),
          detail('2026-11-22T08:00:00', 'CC_IM_SUCCESS', 'Import customs clearance complete', {
            mailNo: 'LP00111122223333',
          }),
          detail('2026-11-21T08:00:00', 'LAST_MILE_ASN_NOTIFY', 'The destination carrier has been notified'),
        ],
      }),
    );
    expect(tracking.latestTrackingNumber).to.equal(LATEST);
    expect(tracking.events.map((event) => event.trackingNumber)).to.deep.equal([
      LATEST,
      'OTHER123456',
      LATEST,
      undefined,
      undefined,
    ]);
    expect(tracking.status).to.equal('out_for_delivery');
    expect(steps(tracking)).to.equal('done done done done done done done current');
  });

  it('marks no event with a second number when there is none, and reads no number from a bare label', () => {
    const tracking = read(
      answer({
        realMailNo: 'Latest Tracking Number:',
        detailList: [detail('2026-11-24T08:00:00', 'GTMS_DO_DEPART', 'Out for delivery')],
      }),
    );
    expect(tracking.latestTrackingNumber).to.equal(undefined);
    expect(tracking.events[0].trackingNumber).to.equal(undefined);
  });

  it('drops a javascript: homepage and keeps the free-text phone as given (the UI cleans it)', () => {
    const tracking = read(
      answer({
        destCpInfo: {
          cpName: 'PiggyShip',
          cpCode: 'PIGGY',
          phone: 'Hotline: 400-820-8888 (9:00-18:00)',
          url: 'javascript:alert(1)',
        },
      }),
    );
    expect(tracking.carrier).to.deep.equal({
      name: 'PiggyShip',
      code: 'PIGGY',
      phone: 'Hotline: 400-820-8888 (9:00-18:00)',
    });
    expect(carrierTrackingUrl(tracking.carrier, 'X123456')).to.equal(undefined);
  });

  it('never throws on missing, null or mistyped fields', () => {
    for (const junk of JUNK) {
      const item = Object.fromEntries(
        ['time', 'timeStr', 'timeZone', 'desc', 'standerdDesc', 'actionCode', 'group', 'mailNo'].map((key) => [
          key,
          junk,
        ]),
      );
      const module = Object.fromEntries(
        [
          'mailNo',
          'originCountry',
          'destCountry',
          'status',
          'realMailNo',
          'copyRealMailNo',
          'destCpInfo',
          'globalEtaInfo',
          'latestTrace',
        ].map((key) => [key, junk]),
      );
      for (const payload of [
        {success: true, module: [{...module, detailList: [junk, item, {}]}]},
        {success: true, module: [{...module, detailList: junk}]},
        {
          success: true,
          module: [
            {
              detailList: [{desc: 'Only text'}],
              destCpInfo: {cpName: junk, phone: junk, url: junk},
              globalEtaInfo: {deliveryMinTime: junk},
            },
          ],
        },
      ]) {
        const tracking = readTracking(payload, 'auto', 'FALLBACK1', NOW);
        expect(STATUSES, String(junk)).to.include(tracking.status);
        expect(tracking.events).to.be.an('array');
        expect(tracking.estimatedDelivery).to.equal(undefined);
      }
    }
    const bare = readTracking({success: true, module: [{}]}, 'cainiao', 'FALLBACK1', NOW);
    expect(bare).to.deep.equal({trackingNumber: 'FALLBACK1', status: 'pending', delivered: false, events: []});
  });

  it('reads latestTrace: the only scan of an answer without detailList, a duplicate of the newest otherwise', () => {
    const latestTrace = {
      time: 1787737991000,
      timeStr: '2026-08-26 17:53:11',
      timeZone: 'GMT+6',
      desc: 'Arrived at linehaul office',
      actionCode: 'LH_ARRIVE',
    };
    const alone = read({success: true, module: [{mailNo: 'UG000000901MV', latestTrace}]});
    expect(alone.events).to.deep.equal([
      {time: '2026-08-26T17:53:11+06:00', description: 'Arrived at linehaul office', stage: 'D', code: 'LH_ARRIVE'},
    ]);
    expect([alone.status, alone.stage]).to.deep.equal(['in_transit', 'D']);
    const older = {
      ...latestTrace,
      timeStr: '2026-08-18 19:22:16',
      timeZone: 'GMT+8',
      desc: 'Left',
      actionCode: 'LH_DEPART',
    };
    const both = read({
      success: true,
      module: [{mailNo: 'UG000000901MV', latestTrace, detailList: [latestTrace, older]}],
    });
    expect(both.events.map((event) => event.description)).to.deep.equal(['Arrived at linehaul office', 'Left']);
  });

  it('reads timeStr in timeZone, not the epoch that CAINIAO computes at UTC+8; the epoch only without a usable timeStr', () => {
    // Real answers: time = timeStr read as Beijing time, whatever timeZone says.
    const beijing = (local: string) => Date.parse(`${local.replace(' ', 'T')}+08:00`);
    const tracking = read(
      answer({
        detailList: [
          {time: beijing('2026-11-23 13:23:00'), timeStr: '2026-11-23 13:23:00', timeZone: 'GMT+2', desc: 'Arrived'},
          {time: beijing('2026-11-22 08:00:00'), timeStr: 'yesterday', timeZone: 'GMT-5', desc: 'Unreadable timeStr'},
          {time: beijing('2026-11-21 08:00:00'), timeZone: 'nowhere', desc: 'Only the epoch, no usable zone'},
        ],
      }),
    );
    expect(tracking.events.map(({time, description}) => [time, description])).to.deep.equal([
      ['2026-11-23T13:23:00+02:00', 'Arrived'],
      // The epoch as it is, at the zone's clock: 2026-11-22 08:00 in Beijing is 19:00 the day before at GMT-5.
      ['2026-11-21T19:00:00-05:00', 'Unreadable timeStr'],
      ['2026-11-21T08:00:00+08:00', 'Only the epoch, no usable zone'],
    ]);
  });
});
