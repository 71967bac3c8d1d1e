import {expect, fixture, html} from '@open-wc/testing';
import '../../src/define.js';
import type {OrderTracker} from '../../src/element/order-tracker.js';
import {part, settled} from './helpers.js';
import {loadFixture} from '../fixtures.js';

/** A domestic FedEx parcel, as AfterShip answers: it never met CAINIAO. */
const fedex = {
  tracking_number: '771234567890',
  slug: 'fedex',
  tag: 'InTransit',
  checkpoints: [{checkpoint_time: '2026-11-20T08:00:00-06:00', message: 'In transit', location: 'Memphis, TN'}],
};

async function render(data: unknown, cainiao?: string) {
  const el = await fixture<OrderTracker>(html`<order-tracker .data=${data}></order-tracker>`);
  if (cainiao) el.setAttribute('cainiao', cainiao);
  await settled(el);
  await el.updateComplete;
  return el;
}

const numberLinks = (el: OrderTracker) =>
  [...part(el, 'tracking-number')!.closest('dl')!.querySelectorAll('a')].map((a) => a.href);

describe('the CAINIAO block', () => {
  it('auto: shows for a parcel that travels with CAINIAO', async () => {
    // An LP number (native data), CAINIAO's own format (under a postal number), an AliExpress courier.
    const cainiaoFormat = structuredClone(await loadFixture('cainiao-in-transit')) as {module: {mailNo: string}[]};
    cainiaoFormat.module[0]!.mailNo = 'UA123456789CN';
    const aliexpress = {...fedex, tracking_number: 'AE1234567', slug: 'aliexpress'};
    for (const data of [await loadFixture('native-delivered'), cainiaoFormat, aliexpress]) {
      expect(part(await render(data), 'cainiao'), JSON.stringify(data).slice(0, 60)).to.exist;
    }
  });

  it('auto: not for a domestic FedEx parcel from AfterShip, whose number links to FedEx', async () => {
    const el = await render(fedex);
    expect(part(el, 'cainiao')).to.equal(null);
    expect(numberLinks(el)).to.deep.equal(['https://www.fedex.com/fedextrack/?trknbr=771234567890']);
  });

  it('always: shows it anyway; never: shows it nowhere, nor the number’s CAINIAO link', async () => {
    expect(part(await render(fedex, 'always'), 'cainiao')).to.exist;
    const never = await render(await loadFixture('native-delivered'), 'never');
    expect(part(never, 'cainiao')).to.equal(null);
    expect(numberLinks(never).some((href) => href.includes('cainiao'))).to.equal(false);
  });
});
