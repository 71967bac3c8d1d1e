import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import '../../src/define.js';
import type {OrderTracker} from '../../src/element/order-tracker.js';
import {loadFixture, type FixtureName} from '../fixtures.js';

const part = (el: OrderTracker, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const textOf = (node: Element | null) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** What a customer sees for each example payload, whatever its format. */
const EXPECTED: Record<
  FixtureName,
  {number: string; status: string; latest: string; current: string; carrierLink?: string}
> = {
  'native-delivered': {
    number: 'LP00612345678901',
    status: 'delivered',
    latest: '9400111206213456789012',
    current: 'H',
    carrierLink: 'https://tools.usps.com/go/TrackConfirmAction?tLabels=9400111206213456789012',
  },
  'cainiao-in-transit': {
    number: 'LP00698765432109',
    status: 'customs',
    latest: '9261290312345678901234',
    current: 'E',
    carrierLink: 'https://tools.usps.com/go/TrackConfirmAction?tLabels=9261290312345678901234',
  },
  'aftership-out-for-delivery': {
    number: 'UBI7781234567',
    status: 'out_for_delivery',
    latest: '1Z999AA10123456784',
    current: 'H',
    carrierLink: 'https://www.ups.com/track?tracknum=1Z999AA10123456784',
  },
  '17track-delivered': {
    number: 'YT2633100123456789',
    status: 'delivered',
    latest: '9200190312345678901234',
    current: 'H',
    carrierLink: 'https://tools.usps.com/go/TrackConfirmAction?tLabels=9200190312345678901234',
  },
};

async function expectShown(el: OrderTracker, expected: (typeof EXPECTED)[FixtureName]) {
  await waitUntil(() => part(el, 'status'), 'nothing rendered', {timeout: 5000});
  expect(part(el, 'status')!.dataset.status).to.equal(expected.status);
  expect(textOf(part(el, 'tracking-number'))).to.equal(expected.number);
  expect(textOf(part(el, 'latest-tracking-number'))).to.equal(expected.latest);
  expect(el.shadowRoot!.querySelector(`[data-stage="${expected.current}"]`)).to.have.attribute('aria-current', 'step');
  expect(part(el, 'carrier-link')?.getAttribute('href')).to.equal(expected.carrierLink);
  expect(el.shadowRoot!.querySelectorAll('[part="event"]').length).to.be.greaterThan(0);
}

describe('<order-tracker> reads every format', () => {
  for (const [name, expected] of Object.entries(EXPECTED) as [FixtureName, (typeof EXPECTED)[FixtureName]][]) {
    it(`${name} through src`, async () => {
      const el = await fixture<OrderTracker>(
        html`<order-tracker tracking-number=${expected.number} src="/test/fixtures/${name}.json?n={trackingNumber}"></order-tracker>`,
      );
      await expectShown(el, expected);
    });

    it(`${name} through data`, async () => {
      const el = await fixture<OrderTracker>(html`<order-tracker .data=${await loadFixture(name)}></order-tracker>`);
      await expectShown(el, expected);
      await expect(el).to.be.accessible();
    });
  }

  it('an explicit format skips detection', async () => {
    const el = await fixture<OrderTracker>(
      html`<order-tracker format="aftership" .data=${await loadFixture('native-delivered')}></order-tracker>`,
    );
    await waitUntil(() => part(el, 'status') || part(el, 'message'));
    // Read as AfterShip, the native payload has no AfterShip fields: no events, so not shipped yet.
    expect(part(el, 'status')?.dataset.status ?? 'message').to.not.equal('delivered');
  });
});
