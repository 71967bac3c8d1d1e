import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import '../../src/define.js';
import type {OrderTracker} from '../../src/element/order-tracker.js';
import {loadFixture} from '../fixtures.js';
import {deferred} from './controllers/fake-host.js';
import {macrotask, part, sleep, spyOnFetch, textOf} from './helpers.js';

const NATIVE_NUMBER = 'LP00612345678901'; // native-delivered.json
const CAINIAO_NUMBER = 'LP00698765432109'; // cainiao-in-transit.json

/** Every original number the widget showed or announced, in order. */
function watch(el: OrderTracker) {
  const shown: string[] = [];
  const loads: string[] = [];
  const errors: string[] = [];
  const record = () => {
    const number = textOf(part(el, 'tracking-number'));
    if (number && shown.at(-1) !== number) shown.push(number);
  };
  const observer = new MutationObserver(record);
  observer.observe(el.shadowRoot!, {childList: true, subtree: true, characterData: true});
  el.addEventListener('order-tracker-load', (event) => loads.push(event.detail.tracking.trackingNumber));
  el.addEventListener('order-tracker-error', (event) => errors.push(event.detail.kind));
  return {shown, loads, errors, stop: () => observer.disconnect()};
}

describe('<order-tracker> under quick changes', () => {
  let spy: ReturnType<typeof spyOnFetch>;
  beforeEach(() => (spy = spyOnFetch()));
  afterEach(() => spy.restore());

  async function start(number: string, src: string) {
    const el = await fixture<OrderTracker>(html`<order-tracker tracking-number=${number} src=${src}></order-tracker>`);
    const seen = watch(el);
    await waitUntil(() => spy.calls.length === 1, 'no request');
    return {el, seen};
  }

  it('a slow older answer never replaces a newer, faster one', async () => {
    const {el, seen} = await start('LP0000A', '/test-api/delay/700/native-delivered');
    el.trackingNumber = 'LP0000B';
    el.src = '/test-api/delay/50/cainiao-in-transit';
    await waitUntil(() => seen.loads.length > 0, 'the newer answer never came');
    await sleep(900); // long after the older answer would have come
    seen.stop();
    expect(seen.loads).to.deep.equal([CAINIAO_NUMBER]);
    expect(seen.shown).to.deep.equal([CAINIAO_NUMBER]);
    expect(seen.errors).to.deep.equal([]);
    expect(spy.calls[0].signal?.aborted, 'the older request is aborted').to.equal(true);
  });

  it('a fast older answer, superseded before it came, is never shown', async () => {
    const {el, seen} = await start('LP0000A', '/test-api/delay/100/native-delivered');
    el.src = '/test-api/delay/500/cainiao-in-transit';
    await waitUntil(() => seen.loads.length > 0, 'the newer answer never came', {timeout: 3000});
    await sleep(100);
    seen.stop();
    expect(seen.loads).to.deep.equal([CAINIAO_NUMBER]);
    expect(seen.shown).to.deep.equal([CAINIAO_NUMBER]);
  });

  it('a burst of tracking-number changes loads the last one only', async () => {
    const {el, seen} = await start('LPN0001', '/test-api/delay/300/native-delivered?n={trackingNumber}');
    for (const number of ['LPN0002', 'LPN0003', 'LPN0004']) {
      await sleep(30);
      el.trackingNumber = number;
    }
    await waitUntil(() => seen.loads.length > 0, 'nothing loaded');
    await sleep(500);
    seen.stop();
    expect(spy.calls.map((call) => call.url.split('=')[1])).to.deep.equal(['LPN0001', 'LPN0002', 'LPN0003', 'LPN0004']);
    expect(spy.calls.map((call) => call.signal?.aborted)).to.deep.equal([true, true, true, false]);
    expect(seen.loads).to.deep.equal([NATIVE_NUMBER]);
    expect(seen.errors).to.deep.equal([]);
  });

  it('an older error never replaces a newer answer', async () => {
    const {el, seen} = await start('LP0000A', '/test-api/status/500');
    el.src = '/test-api/delay/200/native-delivered';
    await waitUntil(() => seen.loads.length > 0);
    await sleep(200);
    // The 500 may have come before the change: then it showed, and was replaced.
    expect(seen.loads).to.deep.equal([NATIVE_NUMBER]);
    expect(part(el, 'message')).to.equal(null);
    expect(textOf(part(el, 'status'))).to.equal('Delivered');
  });

  it('a superseded refreshNow() resolves only once the newest answer is shown', async () => {
    const {el, seen} = await start('LP00612345678901', '/test/fixtures/native-delivered.json');
    await waitUntil(() => seen.loads.length === 1, 'not loaded');
    const body = {...((await loadFixture('native-delivered')) as object), trackingNumber: 'LPNEWEST01'};
    const answers: ReturnType<typeof deferred<Response>>[] = [];
    spy.answer = () => {
      const answer = deferred<Response>();
      const {signal} = spy.calls.at(-1)!;
      signal?.addEventListener('abort', () => answer.reject(signal.reason));
      answers.push(answer);
      return answer.promise;
    };
    let firstResolved = false;
    const first = el.refreshNow().then(() => (firstResolved = true));
    const second = el.refreshNow();
    await waitUntil(() => answers.length === 2, 'not both sent');
    await macrotask();
    expect(firstResolved, 'resolved before the newest answer came').to.equal(false);
    answers[1]!.resolve(new Response(JSON.stringify(body)));
    await first;
    expect(textOf(part(el, 'tracking-number')), 'shown when the first call resolved').to.equal('LPNEWEST01');
    await second;
    seen.stop();
  });

  it('switching from a fetched parcel to data drops the pending answer', async () => {
    const {el, seen} = await start('LP0000A', '/test-api/delay/400/cainiao-in-transit');
    el.data = {trackingNumber: 'GIVEN', events: []};
    await sleep(700);
    seen.stop();
    expect(seen.loads).to.deep.equal(['GIVEN']);
    expect(seen.shown).to.deep.equal(['GIVEN']);
  });
});
