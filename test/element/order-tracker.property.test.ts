import {expect, fixture, html} from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/define.js';
import {MAX_TEXT} from '../../src/tracking/model/read.js';
import type {OrderTracker} from '../../src/element/order-tracker.js';
import {loadFixture, type FixtureName} from '../fixtures.js';
import {anyInput, deeplyNested, mutated} from '../junk.js';
import {macrotask, part, parts, textOf} from './helpers.js';

const FIXTURES: FixtureName[] = [
  'native-delivered',
  'cainiao-in-transit',
  'aftership-out-for-delivery',
  '17track-delivered',
];

/** Collects what the page would see go wrong: error events, rejections and console errors. */
function watchPage() {
  const problems: string[] = [];
  const onError = (event: ErrorEvent) => problems.push(`error: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) => problems.push(`rejection: ${String(event.reason)}`);
  const consoleError = console.error;
  console.error = (...args: unknown[]) => void problems.push(`console.error: ${args.map(String).join(' ')}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    problems,
    stop() {
      console.error = consoleError;
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

describe('<order-tracker> with random data (property-based)', () => {
  let el: OrderTracker;
  let page: ReturnType<typeof watchPage>;
  beforeEach(async () => {
    el = await fixture<OrderTracker>(html`<order-tracker tracking-number="FALLBACK1"></order-tracker>`);
    page = watchPage();
  });
  afterEach(() => page.stop());

  /**
   * Gives the element `data` and waits (5 s at most: the first read waits for the view chunk)
   * until it shows something other than the skeleton.
   */
  async function show(data: unknown) {
    el.data = data;
    const deadline = performance.now() + 5000;
    while ((el.isUpdatePending || el.shadowRoot!.querySelector('.skeleton')) && performance.now() < deadline) {
      await el.updateComplete;
      await macrotask();
    }
  }

  /** A sensible state: the overview with a status, or a message; never blank, never the skeleton. */
  function expectSensibleState(label: string) {
    expect(el.shadowRoot!.querySelector('.skeleton'), `${label}: still loading`).to.equal(null);
    const status = textOf(part(el, 'status'));
    const message = textOf(part(el, 'message'));
    expect(status || message, `${label}: blank`).not.to.equal('');
    if (status) {
      expect(parts(el, 'stage'), label).to.have.length(8);
      expect(textOf(part(el, 'tracking-number')), label).not.to.equal('');
    }
    expect(page.problems, label).to.deep.equal([]);
  }

  it('any JSON or JavaScript value', async () => {
    await fc.assert(
      fc.asyncProperty(
        anyInput.filter((value) => value != null),
        async (data) => {
          await show(data);
          expectSensibleState(fc.stringify(data));
        },
      ),
      {numRuns: 60},
    );
  });

  for (const name of FIXTURES) {
    it(`random mutations of ${name}`, async () => {
      const json = await loadFixture(name);
      await fc.assert(
        fc.asyncProperty(mutated(json), async (data) => {
          await show(data);
          expectSensibleState(name);
        }),
        {numRuns: 30},
      );
    });
  }

  it('1 MB strings as number, carrier, places and descriptions', async () => {
    const huge = `${'W'.repeat(1024 * 1024)}<img src=x onerror=alert(1)>`;
    await show({
      trackingNumber: huge,
      latestTrackingNumber: huge,
      carrier: {name: huge, phone: huge, url: huge},
      origin: huge,
      destination: huge,
      deliveryLocation: huge,
      events: [{time: '2026-11-20T10:00:00+08:00', description: huge, location: huge}],
    });
    expectSensibleState('1 MB');
    // Shown as text, cut to MAX_TEXT characters per field.
    expect(textOf(part(el, 'event'))).to.contain('WWWW');
    expect(textOf(part(el, 'event')).length).to.be.within(MAX_TEXT, 4 * MAX_TEXT);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    // The card keeps its width: long unbroken text wraps instead of widening the page.
    expect(el.shadowRoot!.querySelector('.card')!.getBoundingClientRect().width).to.be.at.most(
      el.getBoundingClientRect().width + 1,
    );
  });

  it('5,000 events: the newest 1,000 are shown', async () => {
    const start = Date.UTC(2026, 10, 1);
    const events = Array.from({length: 5000}, (_, i) => ({
      time: new Date(start + i * 60_000).toISOString(),
      description: `Scan ${i}`,
      location: 'Hub',
    }));
    await show({trackingNumber: 'LP5000', events});
    expectSensibleState('5,000 events');
    part(el, 'history-toggle')!.click();
    await el.updateComplete;
    const shown = parts(el, 'event');
    expect(shown).to.have.length(1000);
    expect(textOf(shown[0])).to.contain('Scan 4999');
  });

  it('deeply nested junk', async () => {
    for (const key of [undefined, 'events', 'module', 'data', 'track_info']) {
      await show(deeplyNested(10_000, key));
      expectSensibleState(`nested under ${key}`);
      await show({trackingNumber: 'LP1', events: deeplyNested(10_000, key), carrier: deeplyNested(10_000, key)});
      expectSensibleState(`nested fields under ${key}`);
    }
  });
});
