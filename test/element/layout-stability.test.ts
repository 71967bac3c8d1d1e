import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import '../../src/define.js';
import type {OrderTracker} from '../../src/element/order-tracker.js';
import {LOCALES} from '../../src/i18n/locale.js';
import {part, spyOnFetch} from './helpers.js';

/** Every order of the demo (README "Demo"): delivered, customs, out for delivery, stale, not shipped yet… */
const DEMO_ORDERS = [
  'LP00612345678901',
  'LP00698765432109',
  'LP00655512345678',
  'UBI7781234567',
  'YT2633100123456789',
  '771234567890',
  'LP00633344455566',
  'LP00611122233344',
];
const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

/**
 * The skeleton holds the overview's height, so the progress bar stays where it is when the data
 * comes (README "Layout stability"), at a phone's width too: there the type is smaller, so a
 * status and its two lines fit the height held, in every language.
 */
describe('layout stability, loading → loaded', () => {
  const answers: Record<string, string> = {};
  before(async () => {
    for (const number of DEMO_ORDERS) answers[number] = await (await fetch(`/demo/fixtures/${number}.json`)).text();
  });

  for (const width of [343, 1184]) {
    for (const lang of LOCALES) {
      it(`${lang} at ${width} px: the bar does not move, for every demo order`, async () => {
        const moved: string[] = [];
        for (const number of DEMO_ORDERS) {
          let release = () => {};
          const spy = spyOnFetch();
          spy.answer = () =>
            new Promise((resolve) => {
              release = () => resolve(new Response(answers[number], {headers: {'content-type': 'application/json'}}));
            });
          try {
            const box = await fixture<HTMLElement>(html`<div style="inline-size: ${width}px">
              <order-tracker lang=${lang} tracking-number=${number} src="/api/{trackingNumber}"></order-tracker>
            </div>`);
            const el = box.querySelector<OrderTracker>('order-tracker')!;
            // The skeleton as it stands once its language is there, just before the answer.
            await waitUntil(() => spy.calls.length && el.shadowRoot!.querySelector('.skeleton'), 'no skeleton');
            await el.updateComplete;
            await frames();
            const before = part(el, 'progress')!.getBoundingClientRect().top;
            release();
            await waitUntil(() => part(el, 'status'), 'never shown');
            await frames();
            const after = part(el, 'progress')!.getBoundingClientRect().top;
            if (Math.round(after - before)) moved.push(`${number}: ${Math.round(after - before)} px`);
          } finally {
            spy.restore();
          }
        }
        expect(moved).to.deep.equal([]);
      });
    }
  }
});
