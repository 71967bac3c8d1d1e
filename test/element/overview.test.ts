import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import '../../src/define.js';
import type {OrderTracker} from '../../src/element/order-tracker.js';
import {part, parts, settled, spokenText, textOf} from './helpers.js';
import {loadFixture} from '../fixtures.js';

const HOUR = 3_600_000;
const ago = (ms: number) => new Date(Date.now() - ms).toISOString();

async function tracker(data: unknown, attributes = '', width?: number) {
  const wrapper = await fixture<HTMLElement>(html`<div></div>`);
  // The element lays out by its own width (container queries), so a wrapper stands in for a
  // phone's viewport: MiniBrowser's window is never narrower than 447 px.
  if (width) wrapper.style.width = `${width}px`;
  wrapper.innerHTML = `<order-tracker ${attributes}></order-tracker>`;
  const el = wrapper.querySelector('order-tracker')!;
  el.data = data;
  await settled(el);
  return el;
}

describe('the overview: the answer first', () => {
  let delivered: unknown;
  before(async () => (delivered = await loadFixture('native-delivered')));

  it('says the status as a heading, level 2 unless heading-level says otherwise, sections one below', async () => {
    for (const [attribute, level, section] of [
      ['', '2', '3'],
      ['heading-level="4"', '4', '5'],
      ['heading-level="6"', '6', '6'],
      ['heading-level="9"', '6', '6'],
    ] as const) {
      const el = await tracker(delivered, attribute);
      const status = part(el, 'status')!;
      expect(status.tagName, attribute).to.equal(`H${level}`);
      expect(textOf(status)).to.equal('Delivered');
      const sections = [...el.shadowRoot!.querySelectorAll('.heading')].map((h) => h.tagName.slice(1));
      expect(sections, attribute).to.deep.equal([section, section, section]);
    }
  });

  it('delivered: when, and in how many days', async () => {
    const el = await tracker(delivered);
    expect(textOf(part(el, 'status-detail'))).to.match(/^Delivered on Tue, Nov 10(, 2026)?$/);
    expect(textOf(part(el, 'overview'))).to.contain('Delivered in 8 days');
  });

  it('in transit with an estimate: the estimated window', async () => {
    const el = await tracker(await loadFixture('aftership-out-for-delivery'));
    expect(textOf(part(el, 'status-detail'))).to.match(/^Estimated delivery: Nov 27(, 2026)?$/);
  });

  it('in transit without an estimate: the last update and its place', async () => {
    const el = await tracker({
      trackingNumber: 'LP1',
      events: [
        {time: ago(3 * HOUR), description: 'Arrived at hub', location: 'Los Angeles, CA'},
        {time: ago(4 * 24 * HOUR), description: 'Accepted', location: 'Shenzhen'},
      ],
    });
    expect(textOf(part(el, 'status-detail'))).to.equal('Last update 3 hours ago · Los Angeles, CA');
    expect(textOf(part(el, 'overview'))).to.match(/[45] days in transit/);
  });

  it('no update for over 30 days: since when, not a transit count', async () => {
    const el = await tracker({trackingNumber: 'LP1', events: [{time: ago(40 * 24 * HOUR), description: 'Accepted'}]});
    const overview = textOf(part(el, 'overview'));
    expect(overview).to.match(/No update since \w{3} \d{1,2}/);
    expect(overview).not.to.contain('in transit');
  });

  it('delivered the day it shipped: less than a day, never "0 days"', async () => {
    const el = await tracker({
      trackingNumber: 'LP1',
      status: 'delivered',
      events: [
        {time: '2026-11-10T15:00:00-05:00', description: 'Delivered', stage: 'H'},
        {time: '2026-11-10T08:00:00-05:00', description: 'Accepted', stage: 'A'},
      ],
    });
    expect(textOf(part(el, 'overview')))
      .to.contain('Delivered in less than a day')
      .and.not.contain('0 days');
  });

  describe('no blank band above the progress bar', () => {
    /** Space the overview holds below its last line of text. */
    function band(el: OrderTracker) {
      const overview = part(el, 'overview')!;
      const last = [...overview.querySelectorAll('p, h1, h2, h3, h4, h5, h6')].at(-1)!;
      return overview.getBoundingClientRect().bottom - last.getBoundingClientRect().bottom;
    }

    for (const width of [375, 1280]) {
      it(`at ${width} px: at most 16 px, delivered and not shipped yet`, async () => {
        for (const data of [delivered, {trackingNumber: 'LP1', events: []}]) {
          const el = await tracker(data, '', width);
          expect(band(el), 'held beyond the text (sub-pixel overflow is fine)').to.be.within(-0.5, 16);
          expect(part(el, 'stage-description')!.hidden, 'no empty description box').to.equal(
            !(data as {events: unknown[]}).events.length,
          );
        }
      });
    }
  });

  it('one landmark per tracker, named by its number', async () => {
    const wrapper = await fixture<HTMLElement>(html`<main>
      <order-tracker .data=${delivered}></order-tracker>
      <order-tracker .data=${{trackingNumber: 'LP2', events: []}}></order-tracker>
    </main>`);
    const trackers = [...wrapper.querySelectorAll('order-tracker')];
    await Promise.all(trackers.map((el) => settled(el)));
    const regions = trackers.map((el) => [
      ...el.shadowRoot!.querySelectorAll('[role="region"], section[aria-label], aside, nav, [role="complementary"]'),
    ]);
    expect(regions.map((list) => list.map((region) => region.getAttribute('aria-label')))).to.deep.equal([
      ['Parcel LP00612345678901'],
      ['Parcel LP2'],
    ]);
    await expect(wrapper).to.be.accessible();
  });
});

describe('messages', () => {
  it('not found on page load is a polite status, never an alert, and no raw HTTP code shows', async () => {
    const notFound = await fixture<OrderTracker>(
      html`<order-tracker tracking-number="LP404" src="/test/fixtures/missing-{trackingNumber}.json"></order-tracker>`,
    );
    await settled(notFound);
    expect(part(notFound, 'message')!.getAttribute('role')).to.equal('status');
    expect(notFound.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    const failed = await fixture<OrderTracker>(
      html`<order-tracker tracking-number="LP1" src="/test-api/status/500"></order-tracker>`,
    );
    await settled(failed);
    expect(textOf(part(failed, 'message'))).not.to.match(/\(?500\)?/);
  });
});

describe('strings: the shop renames what it likes', () => {
  const data = {trackingNumber: 'LP1', events: [{time: '2026-11-20T10:00:00+08:00', description: 'Scan', stage: 'E'}]};
  const strings = {
    '*': {copyDetails: 'Copy everything'},
    en: {status: {customs: 'At the border'}, stepLabel: {E: 'Border'}},
    fr: {status: {customs: 'À la frontière'}},
  };

  it('in English: over the built-in words, shell and loaded view alike', async () => {
    const el = await tracker(data);
    el.strings = strings;
    await el.updateComplete;
    expect(textOf(part(el, 'status'))).to.equal('At the border');
    expect(textOf(part(el, 'copy-button'))).to.equal('Copy everything');
    expect(spokenText(parts(el, 'stage')[4]!.querySelector('button'))).to.equal('Step 5 of 8, Border: current');
  });

  it('in French: its own words, "*" for the rest, French where it says nothing', async () => {
    const el = await tracker(data, 'lang="fr"');
    el.strings = strings;
    await waitUntil(() => textOf(part(el, 'status')) === 'À la frontière', 'not the French override');
    expect(textOf(part(el, 'copy-button'))).to.equal('Copy everything');
    expect(spokenText(parts(el, 'stage')[4]!.querySelector('button'))).to.equal('Étape 5 sur 8, Douane : en cours');
  });
});
