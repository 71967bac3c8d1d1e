import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import '../../src/define.js';
import type {OrderTracker} from '../../src/element/order-tracker.js';
import {trackPageChunk} from '../../src/element/track-page-chunk.js';
import {part, parts, textOf} from './helpers.js';

/**
 * The track-page file (the form, several parcels) missing on the shop's server (see
 * docs/behaviour.md#faults). One test: once the file has loaded, the page keeps it.
 */
describe('<order-tracker> with its track-page file missing', () => {
  const realImporter = trackPageChunk.importer;
  const originalError = console.error;
  beforeEach(() => (console.error = () => {}));
  afterEach(() => {
    console.error = originalError;
    trackPageChunk.importer = realImporter;
  });

  const MISSING = 'This tracker is missing one of its files. Upload every file of dist/ beside order-tracker.js.';

  it('tells the shop developer, in place of the form and of several parcels; Retry brings them once the file is back', async () => {
    let imports = 0;
    trackPageChunk.importer = () => (imports++, Promise.reject(new TypeError('Failed to fetch')));
    const page = await fixture<HTMLElement>(html`<div>
      <order-tracker id="form" src="/test/fixtures/{trackingNumber}.json"></order-tracker>
      <order-tracker
        id="several"
        tracking-number="native-delivered, cainiao-in-transit"
        src="/test/fixtures/{trackingNumber}.json"
      ></order-tracker>
    </div>`);
    const form = page.querySelector<OrderTracker>('#form')!;
    const several = page.querySelector<OrderTracker>('#several')!;
    await waitUntil(() => part(form, 'retry-button') && part(several, 'retry-button'), 'no messages');
    for (const el of [form, several]) expect(textOf(part(el, 'message'))).to.contain(MISSING);
    expect(part(form, 'lookup')).to.equal(null);
    const tries = imports;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(imports, 'no retry by itself').to.equal(tries);
    trackPageChunk.importer = realImporter;
    part(form, 'retry-button')!.click();
    await waitUntil(() => part(form, 'lookup'), 'no form', {timeout: 5000});
    part(several, 'retry-button')!.click();
    await waitUntil(() => parts(several, 'parcel-tab').length === 2, 'the parcels are not shown', {timeout: 5000});
  });
});
