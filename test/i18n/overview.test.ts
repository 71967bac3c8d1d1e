import {expect} from '@open-wc/testing';
import {statusDetail, transitText} from '../../src/i18n/format.js';
import type {Tracking} from '../../src/tracking/model/tracking.js';
import {english, loadCatalogue} from './catalogues.js';

const HOUR = 3_600_000;
const NOW = Date.UTC(2026, 10, 20, 12);
const iso = (epoch: number) => new Date(epoch).toISOString();

const inTransit = (events: Tracking['events'], extra: Partial<Tracking> = {}): Tracking => ({
  trackingNumber: 'LP1',
  status: 'in_transit',
  delivered: false,
  transitDays: 8,
  events,
  ...extra,
});

describe('the overview lines', () => {
  it('delivered: the day it was delivered, at the place it happened', () => {
    const tracking = inTransit(
      [
        {time: '2026-11-10T23:32:00-05:00', description: 'Delivered', stage: 'H'},
        {time: '2026-11-02T09:12:00+08:00', description: 'Accepted', stage: 'A'},
      ],
      {delivered: true, status: 'delivered'},
    );
    expect(statusDetail(tracking, english, 'en', NOW)).to.equal('Delivered on Tue, Nov 10');
    expect(transitText(tracking, english, 'en', NOW)).to.equal('Delivered in 8 days');
  });

  it('in transit with an estimate: the window', () => {
    const tracking = inTransit([{time: iso(NOW - HOUR), description: 'Scan'}], {
      estimatedDelivery: {from: '2026-11-24', to: '2026-11-27'},
    });
    expect(statusDetail(tracking, english, 'en', NOW)).to.equal('Estimated delivery: Nov 24 – 27, 2026');
  });

  it('in transit without an estimate: how long ago the last update was, and where', () => {
    const events = [{time: iso(NOW - 3 * HOUR), description: 'Arrived', location: 'Los Angeles, CA'}];
    expect(statusDetail(inTransit(events), english, 'en', NOW)).to.equal(
      'Last update 3 hours ago · \u2068Los Angeles, CA\u2069',
    );
    expect(statusDetail(inTransit([{time: iso(NOW - 26 * HOUR), description: 'Scan'}]), english, 'en', NOW)).to.equal(
      'Last update yesterday',
    );
  });

  it('no update for over 30 days: says since when instead of counting days', () => {
    const tracking = inTransit([{time: '2026-10-02T10:00:00+08:00', description: 'Scan'}], {transitDays: 49});
    expect(transitText(tracking, english, 'en', NOW)).to.equal('No update since Oct 2');
    const placed = {...tracking, events: [{...tracking.events[0]!, location: 'Shenzhen'}]};
    expect(statusDetail(placed, english, 'en', NOW), 'the when line still says when and where').to.match(
      /^Last update \d+ days ago · \u2068Shenzhen\u2069$/,
    );
    expect(transitText({...tracking, delivered: true}, english, 'en', NOW)).to.equal('Delivered in 49 days');
  });

  it('zero days in words, in every language', async () => {
    const events = [{time: iso(NOW - HOUR), description: 'Scan'}];
    const expected = {
      en: ['Delivered in less than a day', 'Shipped today'],
      fr: ['Livré en moins d’une journée', 'Expédié aujourd’hui'],
      'zh-CN': ['当天送达', '今天已发货'],
    } as const;
    for (const [locale, [delivered, shipped]] of Object.entries(expected)) {
      const m = await loadCatalogue(locale as keyof typeof expected);
      expect(transitText(inTransit(events, {transitDays: 0, delivered: true}), m, locale, NOW)).to.equal(delivered);
      expect(transitText(inTransit(events, {transitDays: 0}), m, locale, NOW)).to.equal(shipped);
    }
  });

  it('French puts its no-break space before the colon', async () => {
    const fr = await loadCatalogue('fr');
    const tracking = inTransit([{time: iso(NOW), description: 'Scan'}], {
      estimatedDelivery: {from: '2026-11-24', to: '2026-11-24'},
    });
    expect(statusDetail(tracking, fr, 'fr', NOW)).to.equal('Livraison prévue\u00a0: 24 nov. 2026');
  });
});
