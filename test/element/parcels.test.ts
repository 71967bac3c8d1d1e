import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../../src/define.js';
import type {OrderTracker} from '../../src/element/order-tracker.js';
import type {Tracking} from '../../src/tracking/model/tracking.js';
import {loadFixture} from '../fixtures.js';
import {fakeLongTimers, part, parts, spyOnFetch, textOf} from './helpers.js';

/** Tracking numbers are test/fixtures names here: each parcel fetches /test/fixtures/{number}.json. */
const SRC = '/test/fixtures/{trackingNumber}.json';
const TWO = 'native-delivered, cainiao-in-transit';
const THREE = 'native-delivered, cainiao-in-transit, aftership-out-for-delivery';

const tabs = (el: OrderTracker) => parts(el, 'parcel-tab');
const names = (el: OrderTracker) => tabs(el).map(textOf);
const selected = (el: OrderTracker) => tabs(el).findIndex((tab) => tab.getAttribute('aria-selected') === 'true');

/** A tracker of several parcels, once no tab says it is loading. */
async function parcelsTracker(template: ReturnType<typeof html>, count: number) {
  const el = await fixture<OrderTracker>(template);
  await waitUntil(
    () => tabs(el).length === count && !names(el).some((name) => name.endsWith('Loading')),
    'the parcels did not settle',
    {timeout: 5000},
  );
  return el;
}

describe('<order-tracker> several parcels', () => {
  let spy: ReturnType<typeof spyOnFetch>;
  beforeEach(() => (spy = spyOnFetch()));
  afterEach(() => spy.restore());

  const trackingCalls = () => spy.calls.map((call) => call.url).filter((url) => !url.includes('/src/'));

  it('two numbers: one request each, in parallel, and a tab for each naming its status', async () => {
    const el = await fixture<OrderTracker>(
      html`<order-tracker tracking-number="native-delivered, cainiao-in-transit" src="/test-api/delay/300/{trackingNumber}"></order-tracker>`,
    );
    await waitUntil(() => trackingCalls().length > 0, 'nothing requested', {timeout: 5000});
    expect(trackingCalls(), 'both asked for before either answered').to.deep.equal([
      '/test-api/delay/300/native-delivered',
      '/test-api/delay/300/cainiao-in-transit',
    ]);
    await waitUntil(() => names(el).length === 2 && !names(el).some((name) => name.endsWith('Loading')), undefined, {
      timeout: 5000,
    });
    expect(part(el, 'parcels')!.getAttribute('role')).to.equal('tablist');
    expect(part(el, 'parcels')!.getAttribute('aria-label')).to.equal('Packages');
    expect(names(el)).to.deep.equal(['Package 1 of 2 · Delivered', 'Package 2 of 2 · Customs clearance']);
    expect(tabs(el).map((tab) => tab.getAttribute('role'))).to.deep.equal(['tab', 'tab']);
  });

  it('selects the first parcel not yet delivered, and shows it in the panel its tab labels', async () => {
    const el = await parcelsTracker(html`<order-tracker tracking-number=${TWO} src=${SRC}></order-tracker>`, 2);
    expect(selected(el)).to.equal(1);
    expect(tabs(el).map((tab) => tab.tabIndex)).to.deep.equal([-1, 0]);
    const panel = el.shadowRoot!.querySelector('[role="tabpanel"]')!;
    expect(panel.getAttribute('aria-labelledby')).to.equal(tabs(el)[1]!.id);
    expect(tabs(el)[1]!.getAttribute('aria-controls')).to.equal(panel.id);
    expect(panel.contains(part(el, 'status'))).to.equal(true);
    expect(part(el, 'status')!.dataset.status).to.equal('customs');
    expect(textOf(part(el, 'tracking-number'))).to.equal('LP00698765432109');
  });

  it('three numbers: three requests and tabs; arrows, Home and End move the selection and focus', async () => {
    const el = await parcelsTracker(html`<order-tracker tracking-number=${THREE} src=${SRC}></order-tracker>`, 3);
    expect(trackingCalls()).to.have.length(3);
    expect(names(el)).to.deep.equal([
      'Package 1 of 3 · Delivered',
      'Package 2 of 3 · Customs clearance',
      'Package 3 of 3 · Out for delivery',
    ]);
    expect(selected(el)).to.equal(1);
    tabs(el)[1]!.focus();
    const steps: [string, number, string][] = [
      ['ArrowRight', 2, 'out_for_delivery'],
      ['ArrowRight', 0, 'delivered'], // wraps
      ['ArrowLeft', 2, 'out_for_delivery'], // wraps back
      ['Home', 0, 'delivered'],
      ['End', 2, 'out_for_delivery'],
      ['ArrowLeft', 1, 'customs'],
    ];
    for (const [key, index, status] of steps) {
      await sendKeys({press: key});
      await el.updateComplete;
      expect(selected(el), key).to.equal(index);
      expect(el.shadowRoot!.activeElement, key).to.equal(tabs(el)[index]);
      expect(part(el, 'status')!.dataset.status, key).to.equal(status);
    }
    tabs(el)[0]!.click();
    await el.updateComplete;
    expect(selected(el)).to.equal(0);
  });

  it('right to left: the arrows follow the reading direction', async () => {
    const el = await parcelsTracker(
      html`<order-tracker lang="ar" tracking-number=${THREE} src=${SRC}></order-tracker>`,
      3,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('.card')!.getAttribute('dir') === 'rtl', 'not right to left', {
      timeout: 5000,
    });
    tabs(el)[selected(el)]!.focus();
    const before = selected(el);
    await sendKeys({press: 'ArrowLeft'});
    await el.updateComplete;
    expect(selected(el)).to.equal(before + 1);
  });

  it('one failing parcel: its failure on its own tab and panel, the others shown; one event per parcel', async () => {
    const loads: string[] = [];
    const errors: string[] = [];
    const el = document.createElement('order-tracker');
    el.addEventListener('order-tracker-load', (event) => loads.push(event.detail.tracking.trackingNumber));
    el.addEventListener('order-tracker-error', (event) => errors.push(event.detail.kind));
    Object.assign(el, {trackingNumber: 'native-delivered, LP00404404404, cainiao-in-transit', src: SRC});
    const wrapper = await fixture(html`<div></div>`);
    wrapper.append(el);
    await waitUntil(() => tabs(el).length === 3 && !names(el).some((name) => name.endsWith('Loading')), undefined, {
      timeout: 5000,
    });
    expect(names(el)).to.deep.equal([
      'Package 1 of 3 · Delivered',
      'Package 2 of 3 · Not found',
      'Package 3 of 3 · Customs clearance',
    ]);
    expect(selected(el)).to.equal(2);
    expect(loads.sort()).to.deep.equal(['LP00612345678901', 'LP00698765432109']);
    expect(errors).to.deep.equal(['not-found']);
    tabs(el)[1]!.click();
    await el.updateComplete;
    expect(textOf(part(el, 'message'))).to.contain("We couldn't find tracking number LP00404404404.");
    expect(part(el, 'retry-button')).to.exist;
    const before = trackingCalls().length;
    part(el, 'retry-button')!.click();
    await waitUntil(() => trackingCalls().length === before + 1, 'Retry fetched nothing', {timeout: 5000});
    expect(trackingCalls().at(-1)).to.equal('/test/fixtures/LP00404404404.json');
    tabs(el)[0]!.click();
    await el.updateComplete;
    expect(part(el, 'status')!.dataset.status, 'the others still shown').to.equal('delivered');
  });

  it('a refused number among several: refused on its own tab, never sent', async () => {
    const el = await parcelsTracker(
      html`<order-tracker tracking-number="native-delivered, ../admin" src=${SRC}></order-tracker>`,
      2,
    );
    expect(names(el)).to.deep.equal(['Package 1 of 2 · Delivered', 'Package 2 of 2 · Unavailable']);
    expect(selected(el), 'the refused one is selected before the delivered one').to.equal(1);
    expect(textOf(part(el, 'message'))).to.contain('“../admin” is not a tracking number.');
    expect(trackingCalls()).to.deep.equal(['/test/fixtures/native-delivered.json']);
  });

  it('refreshNow() fetches every parcel again; an identical answer is no new load', async () => {
    const el = await parcelsTracker(html`<order-tracker tracking-number=${TWO} src=${SRC}></order-tracker>`, 2);
    let loads = 0;
    el.addEventListener('order-tracker-load', () => loads++);
    const before = trackingCalls().length;
    await el.refreshNow();
    expect(trackingCalls().slice(before).sort()).to.deep.equal([
      '/test/fixtures/cainiao-in-transit.json',
      '/test/fixtures/native-delivered.json',
    ]);
    expect(loads).to.equal(0);
    expect(selected(el)).to.equal(1);
  });

  it('plans a refresh per parcel: the delivered one stops', async () => {
    const clock = fakeLongTimers();
    try {
      const el = await parcelsTracker(
        html`<order-tracker tracking-number=${THREE} src=${SRC} refresh="60"></order-tracker>`,
        3,
      );
      expect(clock.pending(), 'the two parcels on their way').to.deep.equal([60_000, 60_000]);
      const before = trackingCalls().length;
      clock.tick(60_000);
      expect(trackingCalls().slice(before).sort()).to.deep.equal([
        '/test/fixtures/aftership-out-for-delivery.json',
        '/test/fixtures/cainiao-in-transit.json',
      ]);
      el.remove();
    } finally {
      clock.restore();
    }
  });

  it('a new number list starts over: earlier requests aborted, no tabs for a single number', async () => {
    const el = await fixture<OrderTracker>(
      html`<order-tracker tracking-number="native-delivered, cainiao-in-transit" src="/test-api/delay/2000/{trackingNumber}"></order-tracker>`,
    );
    await waitUntil(() => trackingCalls().length === 2, 'not there in time', {timeout: 5000});
    el.trackingNumber = 'aftership-out-for-delivery';
    el.src = SRC;
    await waitUntil(() => part(el, 'status'), 'the single parcel not shown', {timeout: 5000});
    expect(spy.calls.slice(-3, -1).map((call) => call.signal?.aborted)).to.deep.equal([true, true]);
    expect(part(el, 'parcels')).to.equal(null);
    expect(part(el, 'status')!.dataset.status).to.equal('out_for_delivery');
  });

  it('data as an array: a tab per item, nothing fetched; a load event for each', async () => {
    const data = await Promise.all([loadFixture('native-delivered'), loadFixture('aftership-out-for-delivery')]);
    const fetched = spy.calls.length;
    const loads: Tracking[] = [];
    const el = document.createElement('order-tracker');
    el.addEventListener('order-tracker-load', (event) => loads.push(event.detail.tracking));
    el.data = [...data, {not: 'tracking'}];
    (await fixture(html`<div></div>`)).append(el);
    await waitUntil(() => tabs(el).length === 3, 'not there in time', {timeout: 5000});
    await el.updateComplete;
    expect(names(el)).to.deep.equal([
      'Package 1 of 3 · Delivered',
      'Package 2 of 3 · Out for delivery',
      'Package 3 of 3 · Unavailable',
    ]);
    expect(loads.map((tracking) => tracking.status)).to.deep.equal(['delivered', 'out_for_delivery']);
    expect(spy.calls.slice(fetched).filter((call) => !call.url.includes('/src/'))).to.deep.equal([]);
    el.data = [data[1]];
    await el.updateComplete;
    expect(part(el, 'parcels'), 'one item: no switcher').to.equal(null);
  });

  it('data as a sparse or hostile array: a hole is a parcel that cannot be read, a throwing array a message', async () => {
    const data = await loadFixture('native-delivered');
    const sparse = [data];
    sparse[2] = data; // a hole at 1
    const el = await fixture<OrderTracker>(html`<order-tracker .data=${sparse}></order-tracker>`);
    await waitUntil(() => tabs(el).length === 3, 'not there in time', {timeout: 5000});
    expect(names(el)[1]).to.equal('Package 2 of 3 · Unavailable');
    el.data = new Proxy([data, data], {
      get: (target, key) => {
        if (key === 'length') throw new Error('no length');
        return Reflect.get(target, key);
      },
    });
    await waitUntil(() => part(el, 'message'), 'no message', {timeout: 5000});
    expect(part(el, 'parcels')).to.equal(null);
    expect(textOf(part(el, 'message'))).to.contain("We received tracking information we couldn't read.");
  });

  it('is one landmark named by its parcels, in the language shown, never by the attribute as typed', async () => {
    const regions = (el: OrderTracker) =>
      [...el.shadowRoot!.querySelectorAll('[role="region"]')].map((region) => region.getAttribute('aria-label'));
    const typed = await parcelsTracker(
      html`<order-tracker tracking-number=${' native-delivered ,\n   cainiao-in-transit'} src=${SRC}></order-tracker>`,
      2,
    );
    // The numbers each fixture names, as a single tracker reads them.
    const numbers: string[] = [];
    for (const name of ['native-delivered', 'cainiao-in-transit'] as const) {
      const single = await fixture<OrderTracker>(
        html`<order-tracker .data=${await loadFixture(name)}></order-tracker>`,
      );
      await waitUntil(() => part(single, 'tracking-number'), 'not read', {timeout: 5000});
      numbers.push(textOf(part(single, 'tracking-number')));
    }
    expect(regions(typed)).to.deep.equal([`Parcels ${numbers.join(', ')}`]);
    const german = await parcelsTracker(
      html`<order-tracker lang="de" .data=${[
        {trackingNumber: 'LP1', events: []},
        {trackingNumber: 'LP2', events: []},
      ]}></order-tracker>`,
      2,
    );
    await waitUntil(() => regions(german)[0]?.startsWith('Sendungen'), 'not in German', {timeout: 5000});
    expect(regions(german)).to.deep.equal(['Sendungen LP1, LP2']);
  });
});
