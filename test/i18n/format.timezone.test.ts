// Times seen from several customer zones (Chromium and Firefox: see test/timezone.ts).
import {expect} from '@open-wc/testing';
import {formatClock, formatEventTime, formatWindow} from '../../src/i18n/format.js';
import {keepCustomerZone, setZone} from '../timezone.js';

const SHANGHAI_MORNING = '2026-11-19T08:15:00+08:00';
const ZONES = ['America/New_York', 'Asia/Shanghai', 'Europe/Berlin'] as const;

/** What Intl writes for an instant seen from a given zone: the oracle the tests compare with. */
const seenFrom = (zone: string, epoch: number, locale = 'en') =>
  new Intl.DateTimeFormat(locale, {dateStyle: 'medium', timeStyle: 'short', timeZone: zone}).format(epoch);

const hourCycle = (locale: string) => new Intl.DateTimeFormat(locale, {timeStyle: 'short'}).resolvedOptions().hourCycle;

describe('event-local times', () => {
  const customerZone = keepCustomerZone();

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

describe('delivery windows', () => {
  keepCustomerZone();

  it('reads window dates as calendar days, whatever the customer zone', async () => {
    const window = {from: '2026-11-20', to: '2026-11-24'};
    for (const zone of ZONES) {
      await setZone(zone);
      expect(formatWindow(window, 'de')).to.equal('20.–24. Nov. 2026');
    }
    await setZone('Pacific/Kiritimati');
    expect(formatWindow(window, 'en')).to.equal('Nov 20 – 24, 2026');
  });
});
