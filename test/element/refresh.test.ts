import {expect, fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import '../../src/define.js';
import type {OrderTracker} from '../../src/element/order-tracker.js';
import {formatClock} from '../../src/i18n/format.js';
import {loadFixture} from '../fixtures.js';
import {fakeLongTimers, macrotask, part, setVisibility, settled, spyOnFetch, textOf} from './helpers.js';

const IN_TRANSIT = '/test/fixtures/cainiao-in-transit.json?n={trackingNumber}';
const DELIVERED = '/test/fixtures/native-delivered.json?n={trackingNumber}';

describe('refresh of <order-tracker>', () => {
  let spy: ReturnType<typeof spyOnFetch>;
  let clock: ReturnType<typeof fakeLongTimers>;
  beforeEach(() => {
    spy = spyOnFetch();
    clock = fakeLongTimers();
  });
  afterEach(() => {
    clock.restore();
    spy.restore();
    setVisibility(undefined);
  });

  async function tracker(src: string, refresh: number | string = 60) {
    const el = await fixture<OrderTracker>(
      html`<order-tracker tracking-number="LP00000001" src=${src} refresh=${refresh}></order-tracker>`,
    );
    await settled(el);
    await waitUntil(() => clock.pending().length > 0 || el.shadowRoot!.querySelector('[part~="status"]'), 'not loaded');
    return el;
  }

  /**
   * Waits for a refresh's answer to be handled: the next one planned (an identical answer fires
   * no event), or, with `outcome`, that event.
   */
  function refreshed(el: OrderTracker, outcome?: 'order-tracker-error') {
    const requests = spy.calls.length;
    const done = outcome && oneEvent(el, outcome);
    return async () => {
      await (done || waitUntil(() => spy.calls.length > requests && clock.pending().length > 0, 'no refresh'));
      await el.updateComplete;
    };
  }

  /** Lets the clock run `ms` and waits for the refresh it brings (see `refreshed`). */
  async function refreshAfter(el: OrderTracker, ms: number, outcome?: 'order-tracker-error') {
    const done = refreshed(el, outcome);
    clock.tick(ms);
    await done();
  }

  it('re-fetches every period while the parcel is not delivered', async () => {
    const el = await tracker(IN_TRANSIT, 60);
    expect(spy.calls).to.have.length(1);
    expect(clock.pending()).to.deep.equal([60_000]);
    await refreshAfter(el, 60_000);
    expect(spy.calls).to.have.length(2);
    await refreshAfter(el, 60_000);
    expect(spy.calls).to.have.length(3);
    expect(textOf(part(el, 'status'))).to.equal('Customs clearance');
  });

  it('a refresh that brings the same data changes nothing on screen and fires no order-tracker-load', async () => {
    const el = await tracker(IN_TRANSIT, 60);
    let loads = 0;
    el.addEventListener('order-tracker-load', () => loads++);
    const changes: MutationRecord[] = [];
    const observer = new MutationObserver((records) => changes.push(...records));
    observer.observe(el.shadowRoot!, {subtree: true, childList: true, attributes: true, characterData: true});
    await refreshAfter(el, 60_000);
    await macrotask();
    observer.disconnect();
    expect(spy.calls).to.have.length(2);
    expect(loads, 'order-tracker-load').to.equal(0);
    expect(changes, 'changes on screen').to.deep.equal([]);
  });

  it('follows a refresh period changed after the first load', async () => {
    const el = await tracker(IN_TRANSIT, 0);
    expect(clock.pending()).to.deep.equal([]);
    el.refresh = 120;
    await el.updateComplete;
    expect(clock.pending()).to.deep.equal([120_000]);
    el.refresh = 0;
    await el.updateComplete;
    expect(clock.pending()).to.deep.equal([]);
  });

  it('counts 1–29 seconds as 30', async () => {
    await tracker(IN_TRANSIT, 5);
    expect(clock.pending()).to.deep.equal([30_000]);
  });

  it('counts a month as a day: no burst of requests (the wait fits a timer)', async () => {
    await tracker(IN_TRANSIT, 2_592_000);
    await macrotask();
    expect(spy.calls).to.have.length(1);
    expect(clock.pending()).to.deep.equal([86_400_000]);
  });

  it('is off by default', async () => {
    await tracker(IN_TRANSIT, 0);
    expect(clock.pending()).to.deep.equal([]);
  });

  it('stops once delivered', async () => {
    await tracker(DELIVERED, 30);
    expect(clock.pending()).to.deep.equal([]);
    clock.tick(3_600_000);
    expect(spy.calls).to.have.length(1);
  });

  it('is ignored when data is set', async () => {
    const data = await loadFixture('cainiao-in-transit');
    spy.calls.length = 0;
    const el = await fixture<OrderTracker>(
      html`<order-tracker .data=${data} src=${IN_TRANSIT} refresh="30"></order-tracker>`,
    );
    await settled(el);
    expect(textOf(part(el, 'status'))).to.equal('Customs clearance');
    expect(clock.pending()).to.deep.equal([]);
    clock.tick(3_600_000);
    expect(spy.calls).to.deep.equal([]);
  });

  it('pauses while the page is hidden and catches up when it shows again', async () => {
    const el = await tracker(IN_TRANSIT, 60);
    clock.tick(20_000);
    setVisibility('hidden');
    expect(clock.pending(), 'no timer while hidden').to.deep.equal([]);
    clock.tick(3_600_000);
    expect(spy.calls).to.have.length(1);
    const done = refreshed(el);
    setVisibility('visible'); // overdue: refreshes at once
    await done();
    expect(spy.calls).to.have.length(2);
    expect(clock.pending()).to.deep.equal([60_000]);
  });

  it('resumes the remaining wait when shown before the refresh was due', async () => {
    await tracker(IN_TRANSIT, 60);
    clock.tick(20_000);
    setVisibility('hidden');
    setVisibility('visible');
    expect(clock.pending()).to.deep.equal([40_000]);
    expect(spy.calls).to.have.length(1);
  });

  it('backs off after repeated failures, keeps the data with a notice, and recovers', async () => {
    const el = await tracker(IN_TRANSIT, 60);
    spy.answer = () => Promise.reject(new TypeError('offline'));
    const waits: number[] = [];
    for (let failure = 1; failure <= 4; failure++) {
      await refreshAfter(el, clock.pending()[0], 'order-tracker-error');
      waits.push(clock.pending()[0]);
    }
    const nominal = [120_000, 240_000, 480_000, 960_000];
    waits.forEach((wait, i) => expect(wait, `after failure ${i + 1}`).to.be.within(nominal[i] * 0.8, nominal[i] * 1.2));
    await el.updateComplete;
    expect(textOf(part(el, 'status')), 'the data stays').to.equal('Customs clearance');
    expect(textOf(part(el, 'notice'))).to.match(/Couldn't refresh — showing information from \d/);
    await expect(el).to.be.accessible();
    spy.answer = undefined;
    await refreshAfter(el, clock.pending()[0]);
    expect(clock.pending(), 'back to the period').to.deep.equal([60_000]);
    await el.updateComplete;
    expect(part(el, 'notice')).to.equal(null);
  });

  it('a first load that fails shows a message with Retry; a later refresh brings the data', async () => {
    spy.answer = () => Promise.reject(new TypeError('offline'));
    const el = await fixture<OrderTracker>(
      html`<order-tracker tracking-number="LP00000001" src=${IN_TRANSIT} refresh="60"></order-tracker>`,
    );
    await settled(el);
    expect(textOf(part(el, 'message')))
      .to.contain("couldn't")
      .and.not.contain('offline');
    expect(part(el, 'retry-button')).to.exist;
    await expect(el).to.be.accessible();
    spy.answer = undefined;
    await refreshAfter(el, clock.pending()[0]);
    await el.updateComplete;
    expect(part(el, 'message')).to.equal(null);
    expect(textOf(part(el, 'status'))).to.equal('Customs clearance');
  });

  it('refreshNow() fetches at once', async () => {
    const el = await tracker(IN_TRANSIT, 0);
    await el.refreshNow();
    expect(spy.calls).to.have.length(2);
  });

  it('removing the element clears its timers; re-adding it resumes them', async () => {
    const el = await tracker(IN_TRANSIT, 60);
    const parent = el.parentElement!;
    el.remove();
    expect(clock.pending()).to.deep.equal([]);
    clock.tick(3_600_000);
    expect(spy.calls).to.have.length(1);
    const done = refreshed(el);
    parent.append(el); // long overdue: refreshes at once
    await done();
    expect(spy.calls).to.have.length(2);
    expect(clock.pending()).to.deep.equal([60_000]);
    el.remove();
  });

  it('removing the element aborts its request; re-adding it loads again', async () => {
    const el = await fixture<OrderTracker>(
      html`<order-tracker tracking-number="LP00000001" src="/test-api/delay/400/cainiao-in-transit" refresh="60"></order-tracker>`,
    );
    await waitUntil(() => spy.calls.length === 1);
    const parent = el.parentElement!;
    let errors = 0;
    el.addEventListener('order-tracker-error', () => errors++);
    el.remove();
    expect(spy.calls[0].signal?.aborted).to.equal(true);
    const loaded = oneEvent(el, 'order-tracker-load');
    parent.append(el);
    await loaded;
    expect(spy.calls).to.have.length(2);
    expect(errors, 'an abort is no error').to.equal(0);
    expect(textOf(part(el, 'status'))).to.equal('Customs clearance');
    expect(clock.pending()).to.deep.equal([60_000]);
  });

  it('an answer that arrives after removal is not shown and arms no timer', async () => {
    const el = await tracker(IN_TRANSIT, 60);
    const body = JSON.stringify(await loadFixture('native-delivered'));
    // A fetch that has already answered: it no longer looks at its abort signal.
    spy.answer = () => Promise.resolve(new Response(body));
    let loads = 0;
    el.addEventListener('order-tracker-load', () => loads++);
    const refreshed = el.refreshNow();
    el.remove();
    await refreshed;
    await macrotask();
    expect(loads, 'shown after removal').to.equal(0);
    expect(textOf(part(el, 'status'))).to.equal('Customs clearance');
    expect(clock.pending(), 'timer armed off the page').to.deep.equal([]);
    const requests = spy.calls.length;
    clock.tick(3_600_000);
    expect(spy.calls, 'fetched off the page').to.have.length(requests);
  });

  it('changes made while off the page fetch nothing until it is added again', async () => {
    const el = await tracker(IN_TRANSIT, 60);
    const parent = el.parentElement!;
    el.remove();
    el.trackingNumber = 'LP00000002';
    await el.updateComplete;
    expect(spy.calls, 'fetched while off the page').to.have.length(1);
    const loaded = oneEvent(el, 'order-tracker-load');
    parent.append(el);
    await loaded;
    expect(spy.calls.map((call) => call.url)).to.deep.equal([
      IN_TRANSIT.replace('{trackingNumber}', 'LP00000001'),
      IN_TRANSIT.replace('{trackingNumber}', 'LP00000002'),
    ]);
  });

  it('another parcel drops the previous timer', async () => {
    const el = await tracker(IN_TRANSIT, 60);
    el.src = DELIVERED;
    await settled(el);
    await waitUntil(() => textOf(part(el, 'status')) === 'Delivered');
    expect(clock.pending()).to.deep.equal([]);
  });

  describe('Retry-After on 429 and 503', () => {
    /** A tracker refreshing every minute whose next refresh is answered `status` with `retryAfter`. */
    async function askedToWait(status: number, retryAfter: () => string) {
      const el = await tracker(IN_TRANSIT, 60);
      spy.answer = async () => new Response('busy', {status, headers: {'retry-after': retryAfter()}});
      await refreshAfter(el, 60_000, 'order-tracker-error');
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
        clock.tick(59 * 60_000);
        expect(spy.calls, 'requests within the hour').to.have.length(requests);
        const nextTry = formatClock(Date.now() + clock.pending()[0]!, 'en');
        expect(textOf(part(el, 'notice'))).to.contain(`Next try at ${nextTry}.`);
        spy.answer = undefined;
        await refreshAfter(el, 60_000);
        expect(spy.calls).to.have.length(requests + 1);
      });
    }
  });
});
