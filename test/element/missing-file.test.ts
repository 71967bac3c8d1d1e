import {expect, fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import '../../src/define.js';
import type {OrderTracker} from '../../src/element/order-tracker.js';
import {trackingViewChunk} from '../../src/element/tracking-view-chunk.js';
import {loadFixture} from '../fixtures.js';
import {part, settled, spyOnFetch, textOf} from './helpers.js';

/** The widget's own file missing on the shop's server (see docs/behaviour.md#faults). */
describe('<order-tracker> with its view file missing', () => {
  const realImporter = trackingViewChunk.importer;
  const url = `${location.origin}/assets/order-tracker-tracking-view-Ab12.js`;
  const originalError = console.error;
  let errors: unknown[][];
  beforeEach(() => {
    errors = [];
    console.error = (...args: unknown[]) => void errors.push(args);
    trackingViewChunk.importer = () =>
      Promise.reject(new TypeError(`Failed to fetch dynamically imported module: ${url}`));
  });
  afterEach(() => {
    console.error = originalError;
    trackingViewChunk.importer = realImporter;
  });

  it('tells the shop developer which file to upload, not that the service is unreachable, and logs it once', async () => {
    const el = await fixture<OrderTracker>(
      html`<order-tracker tracking-number="LP00000001" src="/test/fixtures/cainiao-in-transit.json"></order-tracker>`,
    );
    await settled(el);
    const message = textOf(part(el, 'message'));
    expect(message).to.contain(
      'This tracker is missing one of its files. Upload every file of dist/ beside order-tracker.js.',
    );
    expect(message).not.to.contain("couldn't reach the tracking service");
    expect(part(el, 'retry-button')).to.exist;
    expect(errors).to.have.length(1);
    expect(String(errors[0]![0])).to.contain(url);
  });

  it('aborts the request under way: without its view the answer could not be shown', async () => {
    const spy = spyOnFetch();
    try {
      const el = document.createElement('order-tracker');
      el.trackingNumber = 'LP00000001';
      el.src = '/test-api/delay/3000/cainiao-in-transit';
      const failed = oneEvent(el, 'order-tracker-error');
      document.body.append(el);
      await failed;
      expect(spy.calls).to.have.length(1);
      expect(spy.calls[0]!.signal?.aborted, 'request aborted').to.equal(true);
      el.remove();
    } finally {
      spy.restore();
    }
  });

  it('fires order-tracker-error, and Retry shows the tracking once the file is back', async () => {
    const el = document.createElement('order-tracker') as OrderTracker;
    el.data = await loadFixture('cainiao-in-transit');
    const failed = oneEvent(el, 'order-tracker-error');
    document.body.append(el);
    expect((await failed).detail.kind).to.equal('network');
    await el.updateComplete;
    expect(textOf(part(el, 'message'))).to.contain('missing one of its files');
    trackingViewChunk.importer = realImporter;
    part(el, 'retry-button')!.click();
    await waitUntil(() => part(el, 'status'), 'the tracking is not shown');
    expect(part(el, 'message')).to.equal(null);
    el.remove();
  });
});
