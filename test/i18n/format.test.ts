import {expect} from '@open-wc/testing';
import {formatEventTime, formatWindow, offsetLabel, plural, spansZones, transitText} from '../../src/i18n/format.js';
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
/** ٠–٩, which Intl writes for Arabic in some engines unless told otherwise. */
const ARABIC_INDIC_DIGIT = /[\u0660-\u0669]/;

describe('event times with their zone', () => {
  it("are written in every language exactly as Intl writes them at that zone's clock, named", () => {
    const fields = {year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit'} as const;
    for (const locale of LOCALES) {
      for (const [offset, zone] of [
        ['+08:00', 'Etc/GMT-8'],
        ['-05:00', 'Etc/GMT+5'],
        ['+00:00', 'Etc/GMT'],
        ['+14:00', 'Etc/GMT-14'],
      ]) {
        const intl = new Intl.DateTimeFormat(`${locale}-u-nu-latn`, {
          ...fields,
          timeZone: zone,
          timeZoneName: 'shortOffset',
        });
        for (const wall of ['2026-01-05T23:59:00', '2026-07-14T00:01:00', '2027-12-31T12:30:00']) {
          const iso = `${wall}${offset}`;
          expect(formatEventTime(iso, locale, true), `${locale} ${iso}`).to.equal(intl.format(Date.parse(iso)));
        }
      }
    }
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

  it('Arabic: Latin digits in every engine, Arabic month names, ص for the morning', () => {
    expect(event('ar')).to.include('19').and.include('2026').and.include('8:15').and.include('ص');
    expect(event('ar')).to.not.match(ARABIC_INDIC_DIGIT);
    expect(formatWindow(window, 'ar')).to.include('نوفمبر').and.include('20').and.include('24');
    expect(formatWindow(window, 'ar')).to.not.match(ARABIC_INDIC_DIGIT);
  });

  it('puts a window given in the wrong order right, and keeps junk dates as written', () => {
    expect(formatWindow({from: '2026-11-24', to: '2026-11-20'}, 'en')).to.equal('Nov 20 – 24, 2026');
    expect(formatWindow({from: 'soon', to: 'soon'}, 'en')).to.equal('soon');
    expect(formatWindow({from: '2026-11-20', to: 'later'}, 'en')).to.equal('2026-11-20 – later');
  });
});

describe('plural', () => {
  it('writes every count as Intl writes it in Latin digits, in every language, below 1,000 and above', () => {
    const message = {other: '{n}'};
    for (const locale of LOCALES) {
      const intl = new Intl.NumberFormat(`${locale}-u-nu-latn`);
      for (const count of [0, 1, 7, 42, 999, 1000, 1234, 10_000, 1_000_000, 2.5]) {
        expect(plural(message, count, locale), `${locale} ${count}`).to.equal(intl.format(count));
      }
    }
  });

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

  it('Arabic: zero, one, two, few, many and other, in Latin digits', () => {
    expect(plural(ar.deliveredIn, 0, 'ar')).to.equal('تم التسليم في أقل من يوم');
    expect(plural(ar.deliveredIn, 1, 'ar')).to.equal('تم التسليم خلال يوم واحد');
    expect(plural(ar.deliveredIn, 2, 'ar')).to.equal('تم التسليم خلال يومين');
    expect(plural(ar.deliveredIn, 5, 'ar')).to.equal('تم التسليم خلال 5 أيام');
    expect(plural(ar.deliveredIn, 12, 'ar')).to.equal('تم التسليم خلال 12 يومًا');
    expect(plural(ar.deliveredIn, 100, 'ar')).to.equal('تم التسليم خلال 100 يوم');
    expect(plural(ar.daysInTransit, 3, 'ar')).to.equal('في الطريق منذ 3 أيام');
    expect(plural(ar.daysInTransit, 3, 'ar-EG'), 'where Arabic-Indic digits are the default').to.equal(
      'في الطريق منذ 3 أيام',
    );
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
