import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import type {AxeResults, RunOptions} from 'axe-core';
import '../../src/define.js';
import type {OrderTracker} from '../../src/element/order-tracker.js';
import {part, parts, settled} from './helpers.js';
import {loadFixture} from '../fixtures.js';

/**
 * Zero axe-core violations under WCAG 2.2 A/AA and axe's best practices in every state of
 * docs/behaviour.md#faults, in forced colours too. `to.be.accessible()` runs axe's default rules,
 * which leave out WCAG 2.2's target size (24×24 px); this runs exactly the WCAG 2.0–2.2 A and AA
 * rules, that one included, and the best practices (heading order, unique landmarks…).
 */
const WCAG_22_AA: RunOptions = {
  runOnly: {
    type: 'tag',
    values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'],
  },
};

interface Axe {
  run(context: Element, options: RunOptions): Promise<AxeResults>;
}

export async function violations(el: Element) {
  // axe-core's browser build registers itself on window.
  await import('axe-core/axe.min.js' as string);
  const {violations} = await (window as unknown as {axe: Axe}).axe.run(el, WCAG_22_AA);
  return violations.map(({id, nodes}) => `${id}: ${nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

const piggyShip = {
  trackingNumber: 'LP2',
  latestTrackingNumber: 'PGS7734100209',
  carrier: {name: 'PiggyShip', phone: '+1 (626) 555-0142'},
  events: [{time: '2026-11-25T08:30:00-08:00', description: 'Out for delivery', trackingNumber: 'PGS7734100209'}],
};

/** Every state a customer can meet, each rendered fresh. */
export const accessibilityStates: [string, () => Promise<OrderTracker>][] = [
  ['no number', () => fixture(html`<order-tracker src="/api/{trackingNumber}"></order-tracker>`)],
  ['no source', () => fixture(html`<order-tracker tracking-number="LP00000001"></order-tracker>`)],
  [
    'loading',
    () =>
      fixture(
        html`<order-tracker tracking-number="LP00000001" src="/test-api/delay/3000/native-delivered"></order-tracker>`,
      ),
  ],
  [
    'not shipped yet',
    () => fixture(html`<order-tracker .data=${{trackingNumber: 'LP1', events: []}}></order-tracker>`),
  ],
  [
    'not found',
    () =>
      fixture(
        html`<order-tracker tracking-number="LP404" src="/test/fixtures/missing-{trackingNumber}.json"></order-tracker>`,
      ),
  ],
  [
    'server error',
    () => fixture(html`<order-tracker tracking-number="LP00000001" src="/test-api/status/500"></order-tracker>`),
  ],
  [
    'delivered, two numbers, USPS',
    async () => fixture(html`<order-tracker .data=${await loadFixture('native-delivered')}></order-tracker>`),
  ],
  [
    'in customs (CAINIAO)',
    async () => fixture(html`<order-tracker .data=${await loadFixture('cainiao-in-transit')}></order-tracker>`),
  ],
  ['carrier without a link', () => fixture(html`<order-tracker .data=${piggyShip}></order-tracker>`)],
  [
    'Arabic, right to left',
    async () => fixture(html`<order-tracker lang="ar" .data=${await loadFixture('native-delivered')}></order-tracker>`),
  ],
  [
    'narrow column',
    async () => {
      const wrapper = await fixture(
        html`<div style="width: 320px"><order-tracker .data=${await loadFixture('aftership-out-for-delivery')}></order-tracker></div>`,
      );
      return wrapper.querySelector('order-tracker')!;
    },
  ],
];

accessibilityStates.push(
  [
    'the whole log shown, an upcoming step chosen, heading level 3',
    async () => {
      const el = await fixture<OrderTracker>(
        html`<order-tracker heading-level="3" .data=${await loadFixture('cainiao-in-transit')}></order-tracker>`,
      );
      await settled(el);
      part(el, 'history-toggle')?.click();
      parts(el, 'stage').at(-1)!.querySelector('button')!.click();
      return el;
    },
  ],
  [
    'two trackers on one page',
    async () => {
      const page = await fixture<HTMLElement>(html`<div>
        <order-tracker .data=${await loadFixture('native-delivered')}></order-tracker>
        <order-tracker .data=${piggyShip}></order-tracker>
      </div>`);
      await Promise.all([...page.querySelectorAll('order-tracker')].map((el) => settled(el)));
      return page as unknown as OrderTracker;
    },
  ],
);

/** Renders each state and expects axe to find nothing in it. */
accessibilityStates.push(
  // The track-your-order page: the lookup form in each of its states, and several parcels.
  [
    'lookup form',
    async () => {
      const el = await fixture<OrderTracker>(
        html`<order-tracker src="/test/fixtures/{trackingNumber}.json" order-src="/test-api/order"></order-tracker>`,
      );
      await waitUntil(() => part(el, 'lookup-input'), 'not there in time', {timeout: 5000});
      return el;
    },
  ],
  [
    'lookup form, a number refused',
    async () => {
      const el = await fixture<OrderTracker>(
        html`<order-tracker src="/test/fixtures/{trackingNumber}.json"></order-tracker>`,
      );
      await waitUntil(() => part(el, 'lookup-input'), 'not there in time', {timeout: 5000});
      (part(el, 'lookup-input') as HTMLInputElement).value = '../admin';
      part(el, 'lookup-button')!.click();
      return el;
    },
  ],
  [
    'lookup form, an order not found',
    async () => {
      const el = await fixture<OrderTracker>(
        html`<order-tracker src="/test/fixtures/{trackingNumber}.json" order-src="/test-api/order"></order-tracker>`,
      );
      await waitUntil(() => part(el, 'lookup'), 'not there in time', {timeout: 5000});
      el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]')[1]!.click();
      await el.updateComplete;
      Object.assign(part(el, 'lookup-order')!, {value: '#9999'});
      Object.assign(part(el, 'lookup-email')!, {value: 'ada@example.com'});
      part(el, 'lookup-button')!.click();
      await waitUntil(() => part(el, 'lookup-error')!.textContent!.trim(), 'no answer', {timeout: 5000});
      return el;
    },
  ],
  [
    'lookup form above several parcels, a failed one selected',
    async () => {
      const el = await fixture<OrderTracker>(
        html`<order-tracker src="/test/fixtures/{trackingNumber}.json"></order-tracker>`,
      );
      await waitUntil(() => part(el, 'lookup-input'), 'not there in time', {timeout: 5000});
      (part(el, 'lookup-input') as HTMLInputElement).value = 'native-delivered, LP00404404404, cainiao-in-transit';
      part(el, 'lookup-button')!.click();
      await waitUntil(() => parts(el, 'parcel-tab').length === 3 && part(el, 'status'), 'not there in time', {
        timeout: 5000,
      });
      await waitUntil(() => parts(el, 'parcel-tab')[1]!.textContent!.includes('Not found'), undefined, {
        timeout: 5000,
      });
      parts(el, 'parcel-tab')[1]!.click();
      return el;
    },
  ],
  [
    'several parcels, right to left',
    () =>
      fixture(
        html`<order-tracker lang="ar" tracking-number="native-delivered, aftership-out-for-delivery" src="/test/fixtures/{trackingNumber}.json"></order-tracker>`,
      ),
  ],
);

export function expectEveryStateAccessible() {
  for (const [name, render] of accessibilityStates) {
    it(name, async () => {
      const el = await render();
      if (name !== 'loading' && el.tagName === 'ORDER-TRACKER') await settled(el);
      await el.updateComplete;
      expect(await violations(el)).to.deep.equal([]);
    });
  }
}
