import {expect, waitUntil} from '@open-wc/testing';
import {OrderTracker} from '../../src/index.js';

// README "Renaming the tag": a page where `order-tracker` is taken registers the class again.
customElements.define('shop-order-tracker', class extends OrderTracker {});

describe('the class under another tag name', () => {
  it('leaves <order-tracker> free for whoever else defines it', () => {
    expect(customElements.get('order-tracker')).to.equal(undefined);
  });

  it('tracks a parcel, styled, and fires its events as <shop-order-tracker>', async () => {
    const el = document.createElement('shop-order-tracker') as OrderTracker;
    el.trackingNumber = 'LP00000001';
    el.src = '/test-api/delay/0/native-delivered';
    const loaded = new Promise<Event>((resolve) => el.addEventListener('order-tracker-load', resolve));
    document.body.append(el);
    try {
      expect(el).to.be.instanceOf(OrderTracker);
      expect((await loaded).type).to.equal('order-tracker-load');
      await waitUntil(() => el.shadowRoot!.querySelector('[part=status]'), 'no tracking shown');
      expect(el.shadowRoot!.querySelector('[part=status]')!.textContent!.trim()).to.equal('Delivered');
      expect(getComputedStyle(el).display, 'the host styles apply').to.equal('block');
    } finally {
      el.remove();
    }
  });
});
