import {expect} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import {
  formatClock,
  formatEventTime,
  formatWindow,
  offsetLabel,
  plural,
  spansZones,
  transitText,
} from '../../src/i18n/format.js';
import {fill} from '../../src/i18n/messages.js';
import {LOCALES, isRightToLeft} from '../../src/i18n/locale.js';
import {english as en, loadCatalogue} from './catalogues.js';
import type {Tracking} from '../../src/tracking/model/tracking.js';
import ar from '../../src/i18n/locales/ar.js';
import de from '../../src/i18n/locales/de.js';
import es from '../../src/i18n/locales/es.js';
import fr from '../../src/i18n/locales/fr.js';
import ptBR from '../../src/i18n/locales/pt-BR.js';
import zhCN from '../../src/i18n/locales/zh-CN.js';

const SHANGHAI_MORNING = '2026-11-19T08:15:00+08:00';
const ZONES = ['America/New_York', 'Asia/Shanghai', 'Europe/Berlin'] as const;

async function setZone(zone: string) {
  await executeServerCommand('set-timezone', zone);
  expect(Intl.DateTimeFormat().resolvedOptions().timeZone, 'the browser zone changed').to.equal(zone);
}

/** What Intl writes for an instant seen from a given zone: the oracle the tests compare with. */
const seenFrom = (zone: string, epoch: number, locale = 'en') =>
  new Intl.DateTimeFormat(locale, {dateStyle: 'medium', timeStyle: 'short', timeZone: zone}).format(epoch);

const hourCycle = (locale: string) => new Intl.DateTimeFormat(locale, {timeStyle: 'short'}).resolvedOptions().hourCycle;

describe('event-local times', () => {
  const customerZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  after(() => executeServerCommand('set-timezone', customerZone));

  for (const zone of ZONES) {
    describe(`seen from ${zone}`, () => {
      before(() => setZone(zone));

      it('shows an event with an offset at the wall clock where it happened', () => {
        const text = formatEventTime(SHANGHAI_MORNING, 'en');
        expect(text).to.equal(seenFrom('Asia/Shanghai', Date.parse(SHANGHAI_MORNING)));
        expect(text).to.include('Nov 19, 2026');
        expect(text).to.include(hourCycle('en') === 'h23' ? '08:15' : '8:15 AM');
        expect(formatEventTime(SHANGHAI_MORNING, 'de')).to.equal('19.11.2026, 08:15');
      });

      it('keeps each event in its own offset', () => {
        expect(formatEventTime('2026-11-21T07:55:00-05:00', 'de')).to.equal('21.11.2026, 07:55');
        expect(formatEventTime('2026-11-21T07:55:00-0500', 'de')).to.equal('21.11.2026, 07:55');
        expect(formatEventTime('2026-11-18T23:30:00+05:30', 'de')).to.equal('18.11.2026, 23:30');
        expect(formatEventTime('2026-11-19T00:10:00+00:00', 'de')).to.equal('19.11.2026, 00:10');
        // An offset that moves the wall clock across midnight keeps the date of the place too.
        expect(formatEventTime('2026-11-20T01:00:00+09:00', 'de')).to.equal('20.11.2026, 01:00');
      });

      it("shows an event with Z (no known offset) in the customer's own zone", () => {
        const utc = '2026-11-19T00:15:00Z';
        expect(formatEventTime(utc, 'en')).to.equal(seenFrom(zone, Date.parse(utc)));
        const expected = {
          'America/New_York': '18.11.2026, 19:15',
          'Asia/Shanghai': '19.11.2026, 08:15',
          'Europe/Berlin': '19.11.2026, 01:15',
        };
        expect(formatEventTime(utc, 'de')).to.equal(expected[zone]);
      });

      it("shows the customer's clock in their own zone", () => {
        const expected = {'America/New_York': '07:42', 'Asia/Shanghai': '20:42', 'Europe/Berlin': '13:42'};
        expect(formatClock(Date.UTC(2026, 10, 19, 12, 42), 'de')).to.equal(expected[zone]);
      });

      it('adds the GMT label on request, for events that carry an offset', () => {
        expect(formatEventTime(SHANGHAI_MORNING, 'de', true)).to.equal('19. Nov. 2026, 08:15 GMT+8');
        expect(formatEventTime('2026-11-21T07:55:00-05:00', 'de', true)).to.equal('21. Nov. 2026, 07:55 GMT-5');
        // An offset no zone has follows the time as an isolated run.
        expect(formatEventTime('2026-11-18T23:30:00+05:30', 'de', true)).to.equal(
          '18.11.2026, 23:30 \u2068GMT+5:30\u2069',
        );
        expect(formatEventTime('2026-11-19T00:15:00Z', 'de', true), 'no known offset, no label').to.not.include('GMT');
      });
    });
  }

  it('reads epoch milliseconds in the customer zone and leaves unreadable times as written', () => {
    expect(formatEventTime('1795109400000', 'en')).to.equal(seenFrom(customerZone, 1795109400000));
    expect(formatEventTime('yesterday', 'en')).to.equal('yesterday');
  });
});

describe('offsetLabel and spansZones', () => {
  it('writes offsets as GMT labels', () => {
    expect([480, -300, 330, -570, 0, 345].map(offsetLabel)).to.deep.equal([
      'GMT+8',
      'GMT-5',
      'GMT+5:30',
      'GMT-9:30',
      'GMT+0',
      'GMT+5:45',
    ]);
  });

  const tracking = (...times: string[]) =>
    ({
      trackingNumber: 'LP1',
      status: 'in_transit',
      delivered: false,
      events: times.map((time) => ({time, description: 'x'})),
    }) as Tracking;

  it('tells when events span several zones', () => {
    expect(spansZones(tracking(SHANGHAI_MORNING, '2026-11-19T10:00:00+08:00'))).to.equal(false);
    expect(spansZones(tracking(SHANGHAI_MORNING, '2026-11-21T07:55:00-05:00'))).to.equal(true);
    expect(spansZones(tracking())).to.equal(false);
  });
});

describe('dates per language', () => {
  const event = (locale: string) => formatEventTime(SHANGHAI_MORNING, locale);
  const window = {from: '2026-11-20', to: '2026-11-24'};

  it('English', () => {
    expect(formatWindow(window, 'en')).to.equal('Nov 20 – 24, 2026');
    expect(formatWindow({from: '2026-11-20', to: '2026-11-20'}, 'en')).to.equal('Nov 20, 2026');
    expect(formatWindow({from: '2026-11-28', to: '2026-12-02'}, 'en')).to.equal('Nov 28 – Dec 2, 2026');
  });

  it('German: day before month, "Nov." and 24-hour clock', () => {
    expect(event('de')).to.equal('19.11.2026, 08:15');
    expect(formatWindow(window, 'de')).to.equal('20.–24. Nov. 2026');
    expect(formatWindow({from: '2026-11-20', to: '2026-11-20'}, 'de')).to.equal('20. Nov. 2026');
  });

  it('Spanish, French, Brazilian Portuguese', () => {
    expect(event('es')).to.match(/^19 nov\.? 2026, 8:15$/);
    expect(formatWindow(window, 'es')).to.match(/^20–24 nov\.? 2026$/);
    expect(event('fr')).to.equal('19 nov. 2026, 08:15');
    expect(formatWindow(window, 'fr')).to.equal('20–24 nov. 2026');
    expect(event('pt-BR')).to.equal('19 de nov. de 2026, 08:15');
    expect(formatWindow(window, 'pt-BR')).to.match(/^20\s?–\s?24 de nov\. de 2026$/);
  });

  it('Chinese: 年月日, and ranges that do not repeat the year and month', () => {
    expect(event('zh-CN')).to.equal('2026年11月19日 08:15');
    expect(formatWindow(window, 'zh-CN')).to.equal('2026年11月20日至24日');
    expect(formatWindow({from: '2026-11-28', to: '2026-12-02'}, 'zh-CN')).to.equal('2026年11月28日至12月2日');
    expect(formatWindow({from: '2026-12-30', to: '2027-01-03'}, 'zh-CN')).to.equal('2026年12月30日至2027年1月3日');
    expect(formatWindow({from: '2026-11-20', to: '2026-11-20'}, 'zh-CN')).to.equal('2026年11月20日');
  });

  it('Arabic: digits as Intl writes them for ar, Arabic month names, ص for the morning', () => {
    const digits = new Intl.NumberFormat('ar').format(19);
    expect(event('ar')).to.include(digits).and.include('ص');
    expect(event('ar')).to.equal(seenFrom('Asia/Shanghai', Date.parse(SHANGHAI_MORNING), 'ar'));
    expect(formatWindow(window, 'ar')).to.include('نوفمبر').and.include(new Intl.NumberFormat('ar').format(24));
  });

  it('puts a window given in the wrong order right, and keeps junk dates as written', () => {
    expect(formatWindow({from: '2026-11-24', to: '2026-11-20'}, 'en')).to.equal('Nov 20 – 24, 2026');
    expect(formatWindow({from: 'soon', to: 'soon'}, 'en')).to.equal('soon');
    expect(formatWindow({from: '2026-11-20', to: 'later'}, 'en')).to.equal('2026-11-20 – later');
  });

  it('reads window dates as calendar days, whatever the customer zone', async () => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    try {
      for (const other of ZONES) {
        await setZone(other);
        expect(formatWindow(window, 'de')).to.equal('20.–24. Nov. 2026');
      }
      await setZone('Pacific/Kiritimati');
      expect(formatWindow(window, 'en')).to.equal('Nov 20 – 24, 2026');
    } finally {
      await executeServerCommand('set-timezone', zone);
    }
  });
});

describe('plural', () => {
  it('English: one and other', () => {
    expect(plural(en.deliveredIn, 1, 'en')).to.equal('Delivered in 1 day');
    expect(plural(en.deliveredIn, 12, 'en')).to.equal('Delivered in 12 days');
    expect(plural(en.daysInTransit, 0, 'en')).to.equal('0 days in transit');
    expect(plural(en.daysInTransit, 1234, 'en')).to.equal('1,234 days in transit');
  });

  it('German, Spanish, French, Portuguese, including their "one" for 0 and "many" for millions', () => {
    expect(plural(de.deliveredIn, 1, 'de')).to.equal('In 1 Tag zugestellt');
    expect(plural(de.daysInTransit, 8, 'de')).to.equal('Seit 8 Tagen unterwegs');
    expect(plural(es.deliveredIn, 1, 'es')).to.equal('Entregado en 1 día');
    expect(plural(es.deliveredIn, 0, 'es')).to.equal('Entregado en 0 días');
    expect(plural(fr.deliveredIn, 0, 'fr')).to.equal('Livré en 0 jour');
    expect(plural(fr.daysInTransit, 12, 'fr')).to.equal('En transit depuis 12 jours');
    expect(plural(ptBR.deliveredIn, 0, 'pt-BR')).to.equal('Entregue em 0 dia');
    expect(plural(ptBR.daysInTransit, 12, 'pt-BR')).to.equal('12 dias em trânsito');
    expect(new Intl.PluralRules('es').select(1_000_000)).to.equal('many');
    expect(plural(es.deliveredIn, 1_000_000, 'es')).to.equal('Entregado en 1.000.000 de días');
  });

  it('Chinese: one form', () => {
    expect(plural(zhCN.deliveredIn, 1, 'zh-CN')).to.equal('1 天送达');
    expect(plural(zhCN.daysInTransit, 12, 'zh-CN')).to.equal('已运输 12 天');
  });

  it('Arabic: zero, one, two, few, many and other, with digits as Intl writes them', () => {
    const n = (count: number) => new Intl.NumberFormat('ar').format(count);
    expect(plural(ar.deliveredIn, 0, 'ar')).to.equal('تم التسليم في أقل من يوم');
    expect(plural(ar.deliveredIn, 1, 'ar')).to.equal('تم التسليم خلال يوم واحد');
    expect(plural(ar.deliveredIn, 2, 'ar')).to.equal('تم التسليم خلال يومين');
    expect(plural(ar.deliveredIn, 5, 'ar')).to.equal(`تم التسليم خلال ${n(5)} أيام`);
    expect(plural(ar.deliveredIn, 12, 'ar')).to.equal(`تم التسليم خلال ${n(12)} يومًا`);
    expect(plural(ar.deliveredIn, 100, 'ar')).to.equal(`تم التسليم خلال ${n(100)} يوم`);
    expect(plural(ar.daysInTransit, 3, 'ar')).to.equal(`في الطريق منذ ${n(3)} أيام`);
    expect(plural(ar.daysInTransit, 3, 'ar-EG')).to.equal('في الطريق منذ ٣ أيام');
  });

  it('transitText picks delivered or in transit', async () => {
    const base = {trackingNumber: 'LP1', status: 'in_transit', delivered: false, events: []} as unknown as Tracking;
    const messages = await loadCatalogue('de');
    expect(transitText(base, messages, 'de')).to.equal(undefined);
    expect(transitText({...base, transitDays: 8}, messages, 'de')).to.equal('Seit 8 Tagen unterwegs');
    expect(transitText({...base, transitDays: 12, delivered: true}, messages, 'de')).to.equal('In 12 Tagen zugestellt');
  });

  it('fill leaves unknown placeholders as written', () => {
    expect(fill(en.stageStep, {n: 5, label: 'Customs'})).to.equal('Step 5 of {total}, Customs: {state}');
    expect(fill('{a} {b}', {a: 1})).to.equal('1 {b}');
  });
});

describe('direction', () => {
  it('Arabic is right to left, every other locale left to right', () => {
    for (const locale of LOCALES) expect(isRightToLeft(locale), locale).to.equal(locale === 'ar');
  });

  it('agrees with Intl where the browser knows text direction', () => {
    for (const locale of LOCALES) {
      const info = new Intl.Locale(locale) as Intl.Locale & {
        getTextInfo?: () => {direction: string};
        textInfo?: {direction: string};
      };
      const direction = info.getTextInfo?.().direction ?? info.textInfo?.direction;
      if (direction) expect(isRightToLeft(locale), locale).to.equal(direction === 'rtl');
    }
  });
});
