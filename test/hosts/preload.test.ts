import {expect} from '@open-wc/testing';
import {expectBuilt, expectStatus, openShopPage} from './shop-page.js';

/** How many requests the test API saw for one id. */
const requestsFor = async (id: string) =>
  ((await (await fetch(`/test-api/count/${id}`)).json()) as {count: number}).count;

/** The README's snippet: a preload of the URL the element will fetch, before the script. */
const page = (id: string, preload: string) => `${preload.replace('{url}', `/test-api/counted/${id}/native-delivered`)}
  <order-tracker tracking-number="native-delivered" src="/test-api/counted/${id}/{trackingNumber}"></order-tracker>`;

/**
 * WebKit (WebKitGTK, measured here) never hands an `as="fetch"` preload to a later `fetch()`, even a
 * plain one after the preload has loaded, cacheable or not: it fetches a second time. Chromium and
 * Firefox reuse it.
 */
const reusesFetchPreloads = /Chrome\/|Firefox\//.test(navigator.userAgent);

describe('preloading the tracking JSON (README "Faster first view")', () => {
  before(expectBuilt);
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('the element reuses <link rel="preload" as="fetch" crossorigin>: one request', async () => {
    const id = `preload-${Date.now()}`;
    const shop = await openShopPage(
      '/dist/order-tracker.js',
      page(id, '<link rel="preload" href="{url}" as="fetch" crossorigin>'),
    );
    expect(await shop.loaded).to.equal(true);
    await expectStatus(shop, 'Delivered');
    expect(await requestsFor(id), 'requests for the JSON').to.equal(reusesFetchPreloads ? 1 : 2);
  });

  it('without crossorigin the preload does not match (two requests): the snippet needs it', async () => {
    const id = `no-cors-${Date.now()}`;
    const shop = await openShopPage('/dist/order-tracker.js', page(id, '<link rel="preload" href="{url}" as="fetch">'));
    expect(await shop.loaded).to.equal(true);
    await expectStatus(shop, 'Delivered');
    expect(await requestsFor(id), 'requests for the JSON').to.equal(2);
  });

  it('the server-rendered recipe: data inlined as JSON, shown without any request', async () => {
    const id = `inline-${Date.now()}`;
    const json = JSON.stringify(await (await fetch('/test/fixtures/native-delivered.json')).json());
    const shop = await openShopPage(
      '/dist/order-tracker.js',
      `<order-tracker id="tracking" tracking-number="native-delivered" src="/test-api/counted/${id}/{trackingNumber}"></order-tracker>
      <script type="application/json" id="tracking-data">${json.replace(/</g, '\\u003c')}</script>
      <script type="module">
        document.getElementById('tracking').data = JSON.parse(document.getElementById('tracking-data').textContent);
      </script>`,
    );
    expect(await shop.loaded).to.equal(true);
    await expectStatus(shop, 'Delivered');
    expect(await requestsFor(id), 'requests for the JSON').to.equal(0);
  });
});
