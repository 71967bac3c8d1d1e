import {expect, fixture, html} from '@open-wc/testing';
import '../../src/define.js';
import type {OrderTracker} from '../../src/element/order-tracker.js';
import {part, parts, settled, textOf} from './helpers.js';
import {loadFixture} from '../fixtures.js';

const shown = (el: OrderTracker) => parts(el, 'event').filter((event) => event.checkVisibility());

describe('the event log', () => {
  let delivered: {events: unknown[]};
  before(async () => (delivered = (await loadFixture('native-delivered')) as typeof delivered));

  it('shows the newest five, then "Show all 11 updates", and everything once asked', async () => {
    const el = await fixture<OrderTracker>(html`<order-tracker .data=${delivered}></order-tracker>`);
    await settled(el);
    expect(shown(el).map((event) => textOf(event.querySelector('.event-description')))).to.deep.equal([
      'Delivered, in/at mailbox',
      'Out for delivery',
      'Arrived at USPS regional facility',
      'Received by local delivery company',
      'Import customs clearance complete',
    ]);
    const toggle = part(el, 'history-toggle')!;
    expect(textOf(toggle)).to.equal('Show all 11 updates');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(toggle.getAttribute('aria-controls')).to.equal(part(el, 'timeline')!.id);
    toggle.click();
    await el.updateComplete;
    expect(shown(el)).to.have.length(11);
    expect(part(el, 'history-toggle')).to.equal(toggle);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(textOf(toggle)).to.equal('Show fewer updates');
    toggle.click();
    await el.updateComplete;
    expect(shown(el)).to.have.length(5);
  });

  it('keeps focus on the button and the page where it was', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div><div style="height: 1500px"></div><order-tracker .data=${delivered}></order-tracker><div style="height: 3000px"></div></div>`,
    );
    const el = page.querySelector('order-tracker')!;
    await settled(el);
    const toggle = part(el, 'history-toggle')!;
    toggle.scrollIntoView({block: 'center'});
    const before = {scroll: window.scrollY, top: toggle.getBoundingClientRect().top};
    toggle.focus();
    toggle.click();
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(toggle);
    expect(window.scrollY).to.equal(before.scroll);
    // The events it reveals open below the ones already read.
    expect(toggle.getBoundingClientRect().top).to.be.greaterThan(before.top);
    window.scrollTo(0, 0);
  });

  it('history-limit: 0 shows all, a larger limit needs no button', async () => {
    for (const limit of ['0', '20']) {
      const el = await fixture<OrderTracker>(
        html`<order-tracker history-limit=${limit} .data=${delivered}></order-tracker>`,
      );
      await settled(el);
      expect(shown(el), limit).to.have.length(11);
      expect(part(el, 'history-toggle'), limit).to.equal(null);
    }
    const el = await fixture<OrderTracker>(html`<order-tracker history-limit="2" .data=${delivered}></order-tracker>`);
    await settled(el);
    expect(shown(el)).to.have.length(2);
  });

  it('tags events with their number only when both numbers have events', async () => {
    const el = await fixture<OrderTracker>(html`<order-tracker .data=${delivered}></order-tracker>`);
    await settled(el);
    expect(el.shadowRoot!.querySelectorAll('.tag').length).to.be.greaterThan(0);
    const oneNumber = {
      trackingNumber: 'LP1',
      latestTrackingNumber: '9400111206213456789012',
      carrier: {name: 'USPS'},
      events: [{time: '2026-11-07T09:00:00-08:00', description: 'Import customs clearance complete'}],
    };
    const single = await fixture<OrderTracker>(html`<order-tracker .data=${oneNumber}></order-tracker>`);
    await settled(single);
    expect(single.shadowRoot!.querySelectorAll('.tag')).to.have.length(0);
    expect(textOf(part(single, 'timeline'))).not.to.contain('Original number');
  });
});
