import {expect, fixture, html} from '@open-wc/testing';
import '../../src/define.js';
import type {OrderTracker} from '../../src/element/order-tracker.js';
import {part, parts, settled} from './helpers.js';

const tracking = (count: number) => ({
  trackingNumber: 'LP00612345678901',
  events: Array.from({length: count}, (_, i) => ({
    time: new Date(Date.UTC(2026, 9, 1) + i * 3_600_000).toISOString(),
    description: `Scan ${i + 1}`,
    location: 'Shenzhen',
  })),
});

describe('a refresh of a shown log (README "Performance")', () => {
  it('one more event: one new item on top, every other item the same node', async () => {
    const el = await fixture<OrderTracker>(
      html`<order-tracker history-limit="0" .data=${tracking(40)}></order-tracker>`,
    );
    await settled(el);
    const before = parts(el, 'event');
    el.data = tracking(41);
    await settled(el);
    const after = parts(el, 'event');
    expect(after).to.have.length(41);
    expect(after[0]!.textContent).to.contain('Scan 41');
    expect(after.slice(1)).to.deep.equal(before);
  });

  it('another parcel gets a log of its own', async () => {
    const el = await fixture<OrderTracker>(
      html`<order-tracker history-limit="0" .data=${tracking(3)}></order-tracker>`,
    );
    await settled(el);
    const before = parts(el, 'event');
    el.data = {...tracking(3), trackingNumber: 'LP00699999999999'};
    await settled(el);
    expect(parts(el, 'event').some((item) => before.includes(item))).to.equal(false);
  });

  it('"Show all" builds only the events not shown yet; "Show fewer" keeps them for next time', async () => {
    const el = await fixture<OrderTracker>(html`<order-tracker .data=${tracking(40)}></order-tracker>`);
    await settled(el);
    const first = parts(el, 'event');
    expect(first).to.have.length(5);
    part(el, 'history-toggle')!.click();
    await el.updateComplete;
    const all = parts(el, 'event');
    expect(all).to.have.length(40);
    expect(all.slice(0, 5)).to.deep.equal(first);
    part(el, 'history-toggle')!.click();
    await el.updateComplete;
    expect(parts(el, 'event'), 'only the shown events are in the log').to.deep.equal(first);
    part(el, 'history-toggle')!.click();
    await el.updateComplete;
    expect(parts(el, 'event')).to.deep.equal(all);
  });
});
