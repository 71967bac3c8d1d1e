import {expect, waitUntil} from '@open-wc/testing';
import {createElement} from 'react';
import {createRoot, hydrateRoot, type Root} from 'react-dom/client';
import {OrderTracker} from '../../src/react/index.js';
import type {OrderTrackerLoadDetail} from '../../src/react/index.js';
import type {OrderTracker as OrderTrackerElement} from '../../src/element/order-tracker.js';
import {loadFixture} from '../fixtures.js';

const statusOf = (container: HTMLElement) =>
  container.querySelector<OrderTrackerElement>('order-tracker')?.shadowRoot?.querySelector('[part=status]')
    ?.textContent;

describe('order-tracker/react', () => {
  let container: HTMLElement;
  let root: Root | undefined;
  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
  });
  afterEach(() => {
    root?.unmount();
    container.remove();
  });

  it('sets data as a property and calls onOrderTrackerLoad with the tracking', async () => {
    const data = await loadFixture('cainiao-in-transit');
    const loads: OrderTrackerLoadDetail[] = [];
    root = createRoot(container);
    root.render(createElement(OrderTracker, {data, onOrderTrackerLoad: (event) => loads.push(event.detail)}));
    await waitUntil(() => loads.length === 1, 'onOrderTrackerLoad was not called');
    expect(loads[0]!.tracking.trackingNumber).to.match(/^LP/);
    expect(statusOf(container)?.trim()).to.equal('Customs clearance');
  });

  it('keeps data and events through hydration of server-rendered markup (Next.js)', async () => {
    const data = await loadFixture('native-delivered');
    container.innerHTML = '<order-tracker lang="en"></order-tracker>';
    const loads: OrderTrackerLoadDetail[] = [];
    root = hydrateRoot(
      container,
      createElement(OrderTracker, {lang: 'en', data, onOrderTrackerLoad: (event) => loads.push(event.detail)}),
    );
    await waitUntil(() => loads.length === 1, 'the event was lost in hydration');
    expect(statusOf(container)?.trim()).to.equal('Delivered');
  });

  it('passes string props as the element properties they name, and reports errors', async () => {
    const kinds: string[] = [];
    root = createRoot(container);
    root.render(
      createElement(OrderTracker, {
        trackingNumber: 'LP404',
        src: '/test-api/status/404',
        onOrderTrackerError: (event) => kinds.push(event.detail.kind),
      }),
    );
    await waitUntil(() => kinds.length === 1, 'onOrderTrackerError was not called');
    expect(kinds).to.deep.equal(['not-found']);
    expect(container.querySelector<OrderTrackerElement>('order-tracker')!.trackingNumber).to.equal('LP404');
  });
});
