import {expect, oneEvent, waitUntil} from '@open-wc/testing';
import '../../src/define.js';
import type {OrderTracker} from '../../src/element/order-tracker.js';
import {trackingViewChunk} from '../../src/element/tracking-view-chunk.js';
import {fakeLongTimers, part, spyOnFetch, textOf} from './helpers.js';

// A file of its own: a fresh page, so the view chunk is not there yet when the first request
// fails (the refresh timer comes with it, docs/behaviour.md#refresh).
describe('<order-tracker> whose first request fails before its view chunk has come', () => {
  it('tells the failure once the view is there, plans the next try, and that try brings the data', async () => {
    const realImporter = trackingViewChunk.importer;
    let release!: () => void;
    const viewHeldBack = new Promise<void>((resolve) => (release = resolve));
    trackingViewChunk.importer = () => viewHeldBack.then(realImporter);
    const spy = spyOnFetch();
    spy.answer = () => Promise.reject(new TypeError('offline'));
    const clock = fakeLongTimers();
    const el = document.createElement('order-tracker') as OrderTracker;
    try {
      el.trackingNumber = 'LP00000001';
      el.src = '/test/fixtures/cainiao-in-transit.json?n={trackingNumber}';
      el.refresh = 60;
      const failed = oneEvent(el, 'order-tracker-error');
      document.body.append(el);
      await waitUntil(() => spy.calls.length === 1, 'no request');
      release();
      expect((await failed).detail.kind).to.equal('network');
      await el.updateComplete;
      expect(textOf(part(el, 'message'))).to.contain("couldn't");
      expect(clock.pending(), 'the next try is planned').to.have.length(1);
      spy.answer = undefined;
      clock.tick(clock.pending()[0]!);
      await waitUntil(() => part(el, 'status'), 'the next try brought nothing');
      expect(textOf(part(el, 'status'))).to.equal('Customs clearance');
    } finally {
      el.remove();
      clock.restore();
      spy.restore();
      trackingViewChunk.importer = realImporter;
    }
  });
});
