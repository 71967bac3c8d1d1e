import {expect} from '@open-wc/testing';
import {readTracking} from '../../../src/tracking/adapters/read-tracking.js';
import {carrierTrackingUrl} from '../../../src/tracking/links/tracking-links.js';
import {STATUSES} from '../../../src/tracking/model/tracking.js';
import {loadFixture} from '../../fixtures.js';
import {JUNK, NOW, expectTrackingError, overview, read, steps} from './helpers.js';

/** A bare AfterShip tracking from China to the United States with the given fields. */
const tracking = (fields: Record<string, unknown>) => ({
  tracking_number: 'AS0001',
  slug: 'china-post',
  origin_country_iso3: 'CHN',
  destination_country_iso3: 'USA',
  ...fields,
});

const inTransit = (checkpoint_time: string, message: string, country_name: string, subtag = 'InTransit_001') => ({
  checkpoint_time,
  message,
  country_name,
  tag: 'InTransit',
  subtag,
});

describe('AfterShip adapter', () => {
  it('reads the fixture: both numbers, out for delivery, stage H current', async () => {
    const result = read(await loadFixture('aftership-out-for-delivery'));
    expect(overview(result)).to.deep.equal({
      trackingNumber: 'UBI7781234567',
      latestTrackingNumber: '1Z999AA10123456784',
      status: 'out_for_delivery',
      stage: 'H',
      delivered: false,
      steps: 'done done done done done done done current',
    });
    expect(result.origin).to.equal('Mainland China');
    expect(result.destination).to.equal('United States');
    expect(result.estimatedDelivery).to.deep.equal({from: '2026-11-27', to: '2026-11-27'});
    // 2026-11-18T02:00Z to NOW (2026-11-28T12:00Z).
    expect(result.transitDays).to.equal(10);
  });

  it('takes the local carrier from last_mile, with its link and the known-carrier template', async () => {
    const result = read(await loadFixture('aftership-out-for-delivery'), 'aftership');
    expect(result.carrier).to.deep.equal({
      name: 'UPS',
      code: 'ups',
      url: 'https://www.ups.com/track?tracknum=1Z999AA10123456784',
    });
    expect(carrierTrackingUrl(result.carrier, result.latestTrackingNumber)).to.equal(
      'https://www.ups.com/track?tracknum=1Z999AA10123456784',
    );
  });

  it('lists checkpoints newest first at local time, with places and refined InTransit stages', async () => {
    const result = read(await loadFixture('aftership-out-for-delivery'));
    expect(result.events).to.deep.equal([
      {
        time: '2026-11-26T07:40:00-06:00',
        description: 'Out For Delivery Today',
        location: 'Dallas, TX, United States',
        stage: 'H',
        code: 'OutForDelivery_001',
      },
      {
        time: '2026-11-23T06:10:00-08:00',
        description: 'Customs clearance completed',
        location: 'Ontario, CA, United States',
        stage: 'E',
        code: 'InTransit_002',
      },
      {
        time: '2026-11-19T08:30:00+08:00',
        description: 'Departure scan',
        location: 'Guangzhou, China',
        stage: 'C',
        code: 'InTransit_007',
      },
      {
        time: '2026-11-18T10:00:00+08:00',
        description: 'Shipment information received',
        location: 'Guangzhou',
        stage: 'A',
        code: 'InfoReceived_001',
      },
    ]);
  });

  it('refines InTransit: C for export/departure in the origin, E for customs in the destination, else B', () => {
    const result = read(
      tracking({
        checkpoints: [
          inTransit('2026-11-20T10:00:00-08:00', 'Processed through facility', 'United States', 'InTransit_005'),
          inTransit('2026-11-19T10:00:00-08:00', 'Departed facility', 'United States'),
          inTransit('2026-11-18T10:00:00-08:00', 'Import scan', 'USA'),
          inTransit('2026-11-17T10:00:00+08:00', 'Customs inspection', 'China'),
          inTransit('2026-11-16T10:00:00+08:00', 'Export clearance completed', 'China'),
          inTransit('2026-11-15T10:00:00+08:00', 'Arrived at the important sorting department', 'China'),
          inTransit('2026-11-14T10:00:00+08:00', 'Departed from airport', 'CHN', 'InTransit_007'),
        ],
      }),
      'aftership',
    );
    expect(result.events.map((event) => event.stage).join('')).to.equal('EBEBCBC');
    expect(result.stage).to.equal('E');
    expect(result.status).to.equal('customs');
  });

  it('never refines a domestic parcel (one country at both ends): a FedEx departure in the US stays B', () => {
    const result = read(
      tracking({
        slug: 'fedex',
        origin_country_iso3: 'USA',
        destination_country_iso3: 'USA',
        checkpoints: [
          inTransit('2026-11-26T09:15:00-06:00', 'Arrived at FedEx hub', 'United States', 'InTransit_003'),
          inTransit('2026-11-25T22:40:00-07:00', 'Departed FedEx location', 'United States', 'InTransit_007'),
        ],
      }),
      'aftership',
    );
    expect(result.events.map((event) => event.stage).join('')).to.equal('BB');
    expect(result.stage).to.equal('B');
  });

  it('lets the text decide the InTransit refinement when countries are unknown', () => {
    const result = read({
      tracking_number: 'AS0002',
      checkpoints: [
        {checkpoint_time: '2026-11-20T10:00:00Z', message: 'Held at customs', tag: 'InTransit'},
        {checkpoint_time: '2026-11-19T10:00:00Z', message: 'Export scan', tag: 'InTransit', country_name: 'China'},
        {checkpoint_time: '2026-11-18T10:00:00Z', message: 'On the way', tag: 'InTransit'},
      ],
    });
    expect(result.events.map((event) => event.stage).join('')).to.equal('ECB');
  });

  it('reads the {data: tracking} wrapper of newer API versions and a bare object alike', () => {
    const bare = tracking({
      tag: 'InTransit',
      checkpoints: [inTransit('2026-11-20T10:00:00+08:00', 'Accepted', 'China')],
    });
    const fromData = read({meta: {code: 200}, data: bare});
    expect(fromData).to.deep.equal(read(bare));
    expect(fromData.trackingNumber).to.equal('AS0001');
    expect(fromData.status).to.equal('in_transit');
  });

  it('uses the courier itself without last mile: name from the slug, its tracking link', () => {
    const link = 'https://t.speedy.example/track?n=AS0001';
    const readable = read(
      tracking({
        slug: 'speedy-parcel_co',
        courier_tracking_link: link,
        last_mile: {tracking_number: null, slug: null},
        checkpoints: [],
      }),
    );
    expect(readable.carrier).to.deep.equal({name: 'Speedy Parcel Co', code: 'speedy-parcel_co', url: link});
    expect(readable.latestTrackingNumber).to.equal(undefined);
    expect(carrierTrackingUrl(readable.carrier, readable.trackingNumber)).to.equal(link);
    const named = read(tracking({slug: 'yunexpress', checkpoints: []}));
    expect(named.carrier).to.deep.equal({name: 'YunExpress', code: 'yunexpress'});
    const prototypeKey = read(tracking({slug: 'constructor', checkpoints: []}));
    expect(prototypeKey.carrier?.name).to.equal('Constructor');
  });

  it("names DHL's slugs as AfterShip does, each its own service; DHL Express keeps DHL's tracking link", () => {
    const named = (slug: string) => read(tracking({slug, checkpoints: []}));
    expect(
      ['dhl', 'dhl-global-mail', 'dhl-germany', 'usps', 'ups', 'fedex'].map((slug) => named(slug).carrier?.name),
    ).to.deep.equal(['DHL Express', 'DHL eCommerce US', 'Deutsche Post DHL', 'USPS', 'UPS', 'FedEx']);
    const express = named('dhl');
    expect(carrierTrackingUrl(express.carrier, 'JD0000000001')).to.contain('dhl.com');
  });

  it('reads a bare site root as the courier link as its homepage, never as a tracking link', () => {
    const root = read(
      tracking({slug: 'cainiao', courier_tracking_link: 'https://global.cainiao.com/', checkpoints: []}),
    );
    expect(root.carrier).to.deep.equal({name: 'Cainiao', code: 'cainiao', homepage: 'https://global.cainiao.com/'});
    expect(carrierTrackingUrl(root.carrier, root.trackingNumber)).to.equal(undefined);
    const page = 'https://global.cainiao.com/detail.htm?mailNoList=AS0001';
    expect(read(tracking({slug: 'cainiao', courier_tracking_link: page, checkpoints: []})).carrier?.url).to.equal(page);
  });

  it("reads CAINIAO's action code in raw_tag only on the cainiao courier's checkpoints", () => {
    const checkpoint = (slug: string) => ({
      ...inTransit('2026-11-24T21:37:22+08:00', 'Начато экспортное таможенное оформление', '', 'InTransit_006'),
      slug,
      raw_tag: 'CC_EX_START',
    });
    // Export customs in China: C, not the destination's customs that AfterShip's subtag says.
    expect(read(tracking({slug: 'cainiao', checkpoints: [checkpoint('cainiao')]})).events[0].stage).to.equal('C');
    // Another courier's raw_tag is its own vocabulary: the subtag decides.
    expect(read(tracking({slug: 'fedex', checkpoints: [checkpoint('fedex')]})).events[0].stage).to.equal('E');
  });

  it('drops javascript: courier links, on the courier and on last mile', () => {
    for (const link of [
      'javascript:alert(1)',
      ' JAVASCRIPT:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
    ]) {
      const own = read(tracking({slug: 'piggyship', courier_tracking_link: link, checkpoints: []}));
      expect(own.carrier, link).to.deep.equal({name: 'Piggyship', code: 'piggyship'});
      expect(carrierTrackingUrl(own.carrier, own.trackingNumber)).to.equal(undefined);
      const lastMile = read(
        tracking({last_mile: {tracking_number: 'LM1', slug: 'piggyship', courier_tracking_link: link}}),
      );
      expect(lastMile.carrier?.url, link).to.equal(undefined);
      expect(lastMile.latestTrackingNumber).to.equal('LM1');
    }
  });

  it('maps tags to statuses: delivered, pickup, failed attempt, exception, pending', () => {
    const one = (tag: string, message: string, trackingTag = tag) =>
      read(
        tracking({
          tag: trackingTag,
          checkpoints: [{checkpoint_time: '2026-11-20T10:00:00-05:00', message, tag, country_name: 'United States'}],
        }),
      );
    const delivered = one('Delivered', 'Package left at front door');
    expect([delivered.status, delivered.delivered, steps(delivered)]).to.deep.equal([
      'delivered',
      true,
      'done done done done done done done done',
    ]);
    expect([
      one('AvailableForPickup', 'Ready at the post office').status,
      one('AvailableForPickup', 'x').stage,
    ]).to.deep.equal(['available_for_pickup', 'H']);
    expect(one('AttemptFail', 'Business closed').status).to.equal('failed_attempt');
    const exception = one('Exception', 'Package damaged in transit');
    expect([exception.status, exception.stage]).to.deep.equal(['exception', undefined]);
    // The tracking-level tag decides delivery even when no checkpoint says it.
    expect(one('InTransit', 'Arrived at facility', 'Delivered').status).to.equal('delivered');
    const pending = read(tracking({tag: 'Pending', checkpoints: []}));
    expect([pending.status, pending.stage, pending.events]).to.deep.equal(['pending', undefined, []]);
  });

  it('reads a window from latest_estimated_delivery min and max', () => {
    const result = read(
      tracking({
        latest_estimated_delivery: {
          type: 'range',
          datetime: null,
          datetime_min: '2026-11-29',
          datetime_max: '2026-12-02T18:00:00-05:00',
        },
      }),
    );
    expect(result.estimatedDelivery).to.deep.equal({from: '2026-11-29', to: '2026-12-02'});
  });

  it('is not tracking when the wrapper holds none', () => {
    expectTrackingError(() => read({meta: {code: 4004}, data: {}}), 'invalid', /no known format/);
  });

  it('never throws on missing, null or mistyped fields', () => {
    const fields = [
      'tracking_number',
      'slug',
      'tag',
      'origin_country_iso3',
      'destination_country_iso3',
      'courier_tracking_link',
      'last_mile',
      'latest_estimated_delivery',
      'destination_city',
    ];
    const checkpointFields = [
      'checkpoint_time',
      'message',
      'location',
      'city',
      'state',
      'country_name',
      'country_iso3',
      'tag',
      'subtag',
    ];
    for (const junk of JUNK) {
      const junkTracking = Object.fromEntries(fields.map((key) => [key, junk]));
      const junkCheckpoint = Object.fromEntries(checkpointFields.map((key) => [key, junk]));
      for (const payload of [
        {data: {tracking: {...junkTracking, checkpoints: [junk, junkCheckpoint, {message: 'Only text'}]}}},
        {data: {tracking: {...junkTracking, checkpoints: junk}}},
        {
          data: {
            tracking: {
              tracking_number: 'AS1',
              last_mile: {tracking_number: junk, slug: junk, courier_tracking_link: junk},
              latest_estimated_delivery: {datetime: junk, datetime_min: junk},
            },
          },
        },
      ]) {
        const result = readTracking(payload, 'auto', 'FALLBACK1', NOW);
        expect(STATUSES, String(junk)).to.include(result.status);
        expect(result.events).to.deep.equal([]);
        expect(result.estimatedDelivery).to.equal(undefined);
      }
    }
    expectTrackingError(
      () => readTracking({data: {tracking: null}}, 'aftership', 'FALLBACK1', NOW),
      'invalid',
      /format/,
    );
  });

  it('refines InTransit_004 to F and InTransit_006 to E in the destination, never in the origin', () => {
    const result = read(
      tracking({
        checkpoints: [
          inTransit('2026-11-20T10:00:00-08:00', 'Handed to customs', 'United States', 'InTransit_006'),
          inTransit('2026-11-19T10:00:00-08:00', 'At destination sort facility', 'United States', 'InTransit_004'),
          inTransit('2026-11-15T10:00:00+08:00', 'Sort facility', 'China', 'InTransit_004'),
        ],
      }),
    );
    expect(result.events.map((event) => [event.code, event.stage])).to.deep.equal([
      ['InTransit_006', 'E'],
      ['InTransit_004', 'F'],
      ['InTransit_004', 'B'],
    ]);
  });

  it('names the common couriers as the AfterShip courier list does', () => {
    const names = ['postnl-3s', 'china-ems', 'sweden-posten', 'deutsch-post', 'spain-correos-es'].map(
      (slug) => read(tracking({slug, checkpoints: []})).carrier?.name,
    );
    expect(names).to.deep.equal([
      'PostNL International 3S',
      'China EMS (ePacket)',
      'PostNord Sweden',
      'Deutsche Post Mail',
      'Correos de España',
    ]);
  });

  it('reads the first tracking of a list answer, and the estimate fields of dated versions', () => {
    const first = tracking({
      tracking_number: 'AS0100',
      aftership_estimated_delivery_date: {
        estimated_delivery_date: '2026-11-28',
        estimated_delivery_date_min: '2026-11-27',
        estimated_delivery_date_max: '2026-11-29',
      },
      checkpoints: [inTransit('2026-11-20T10:00:00+08:00', 'Accepted', 'China')],
    });
    const result = read({meta: {code: 200}, data: {trackings: [first, tracking({tracking_number: 'AS0200'})]}});
    expect([result.trackingNumber, result.estimatedDelivery]).to.deep.equal([
      'AS0100',
      {from: '2026-11-27', to: '2026-11-29'},
    ]);
    expectTrackingError(() => read({meta: {code: 200}, data: {trackings: []}}), 'invalid', /no known format/);
  });
});
