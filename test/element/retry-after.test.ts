import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import '../../src/define.js';
import type {OrderTracker} from '../../src/element/order-tracker.js';
import {formatClock} from '../../src/i18n/format.js';
import {fakeLongTimers, part, settled, spyOnFetch, textOf} from './helpers.js';

const IN_TRANSIT = '/test/fixtures/cainiao-in-transit.json?n={trackingNumber}';
const MINUTE = 60_000;

describe('<order-tracker> honours Retry-After (docs/behaviour.md#refresh)', () => {
  let spy: ReturnType<typeof spyOnFetch>;
  let clock: ReturnType<typeof fakeLongTimers>;
  beforeEach(() => {
    spy = spyOnFetch();
    clock = fakeLongTimers();
  });
  afterEach(() => {
    clock.restore();
    spy.restore();
  });

  /** A tracker refreshing every minute whose next refresh is answered `status` with `retryAfter`. */
  async function askedToWait(status: number, retryAfter: () => string) {
    const el = await fixture<OrderTracker>(
      html`<order-tracker tracking-number="LP00000001" src=${IN_TRANSIT} refresh="60"></order-tracker>`,
    );
    await settled(el);
    spy.answer = async () => new Response('busy', {status, headers: {'retry-after': retryAfter()}});
    const failed = oneEvent(el, 'order-tracker-error');
    clock.tick(MINUTE);
    await failed;
    await el.updateComplete;
    return el;
  }

  for (const [status, form, header] of [
    [429, 'seconds', () => '3600'],
    [503, 'an HTTP date', () => new Date(Date.now() + 3_600_000).toUTCString()],
  ] as const) {
    it(`${status} with ${form}: no automatic request for an hour, and the notice says when`, async () => {
      const el = await askedToWait(status, header);
      const requests = spy.calls.length;
      expect(clock.pending()).to.have.length(1);
      expect(clock.pending()[0]).to.be.within(3_599_000, 3_600_000);
      clock.tick(59 * MINUTE);
      expect(spy.calls, 'requests within the hour').to.have.length(requests);
      const nextTry = formatClock(Date.now() + clock.pending()[0]!, 'en');
      expect(textOf(part(el, 'notice'))).to.contain(`Next try at ${nextTry}.`);
      spy.answer = undefined;
      const loaded = oneEvent(el, 'order-tracker-load');
      clock.tick(MINUTE);
      await loaded;
      expect(spy.calls).to.have.length(requests + 1);
    });
  }
});
