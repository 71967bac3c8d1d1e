import {expect, fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import '../../src/define.js';
import type {OrderTracker} from '../../src/element/order-tracker.js';
import type {ChunkLoader} from '../../src/element/controllers/lazy-view-controller.js';
import {moreReadersChunk, trackingViewChunk} from '../../src/element/tracking-view-chunk.js';
import {loadFixture} from '../fixtures.js';
import {part, settled, spyOnFetch, textOf} from './helpers.js';

/** The widget's own file missing on the shop's server (see docs/behaviour.md#faults). */
/**
 * In each test of the suite, the chunk's download fails as the browser's does for `url`; what
 * the element logs with console.error is collected. `restore` brings the file back.
 */
function withChunkMissing<T>(chunk: ChunkLoader<T>, url: string) {
  const realImporter = chunk.importer;
  const originalError = console.error;
  const logged = {errors: [] as unknown[][], restore: () => void (chunk.importer = realImporter)};
  beforeEach(() => {
    logged.errors = [];
    console.error = (...args: unknown[]) => void logged.errors.push(args);
    chunk.importer = () => Promise.reject(new TypeError(`Failed to fetch dynamically imported module: ${url}`));
  });
  afterEach(() => {
    console.error = originalError;
    logged.restore();
  });
  return logged;
}

describe('<order-tracker> with its view file missing', () => {
  const url = `${location.origin}/assets/order-tracker-tracking-view-Ab12.js`;
  const logged = withChunkMissing(trackingViewChunk, url);

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
    expect(logged.errors).to.have.length(1);
    expect(String(logged.errors[0]![0])).to.contain(url);
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
    logged.restore();
    part(el, 'retry-button')!.click();
    await waitUntil(() => part(el, 'status'), 'the tracking is not shown');
    expect(part(el, 'message')).to.equal(null);
    el.remove();
  });
});

describe('<order-tracker> with its AfterShip and 17TRACK readers missing', () => {
  const url = `${location.origin}/assets/order-tracker-more-readers-Cd34.js`;
  const logged = withChunkMissing(moreReadersChunk, url);

  it('still shows our own format and CAINIAO answers, which never need them', async () => {
    const el = await fixture<OrderTracker>(
      html`<order-tracker tracking-number="LP00000001" src="/test/fixtures/cainiao-in-transit.json"></order-tracker>`,
    );
    await settled(el);
    expect(part(el, 'status')).to.exist;
    expect(logged.errors).to.deep.equal([]);
  });

  it('names the missing file for an AfterShip answer, and Retry shows it once the file is back', async () => {
    const el = document.createElement('order-tracker') as OrderTracker;
    el.data = await loadFixture('aftership-out-for-delivery');
    const failed = oneEvent(el, 'order-tracker-error');
    document.body.append(el);
    expect((await failed).detail.kind).to.equal('network');
    await el.updateComplete;
    expect(textOf(part(el, 'message'))).to.contain('missing one of its files');
    expect(String(logged.errors[0]![0])).to.contain(url);
    logged.restore();
    part(el, 'retry-button')!.click();
    await waitUntil(() => part(el, 'status'), 'the tracking is not shown');
    expect(textOf(part(el, 'status'))).to.equal('Out for delivery');
    el.remove();
  });
});
