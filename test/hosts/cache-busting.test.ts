import {expect} from '@open-wc/testing';
import {expectBuilt, openShopPage, expectStatus} from './shop-page.js';

const TRACKER = '<order-tracker tracking-number="LP00000001" src="/test-api/delay/0/native-delivered"></order-tracker>';

describe('the built script loaded with a cache-busting query', () => {
  before(expectBuilt);
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('runs once, with one Lit, as order-tracker.js?v=1700000000', async () => {
    const page = await openShopPage('/dist/order-tracker.js?v=1700000000', TRACKER);
    expect(await page.loaded).to.equal(true);
    await expectStatus(page, 'Delivered');
    expect(page.win.litHtmlVersions, 'copies of lit-html').to.have.length(1);
    expect(page.win.litElementVersions, 'copies of LitElement').to.have.length(1);
    expect(page.win.reactiveElementVersions, 'copies of ReactiveElement').to.have.length(1);
    const entries = page.scripts().filter((url) => /\/order-tracker\.js([?#]|$)/.test(url));
    expect(entries, 'the entry is fetched once, with its query').to.have.length(1);
    expect(entries[0]).to.contain('?v=1700000000');
    expect(
      page.scripts().some((url) => /order-tracker-tracking-view-/.test(url)),
      'the view chunk',
    ).to.equal(true);
    const chunks = page.scripts().filter((url) => /\/dist\/order-tracker-/.test(url));
    expect(
      chunks.filter((url) => !url.endsWith('?v=1700000000')),
      'chunks without the query',
    ).to.deep.equal([]);
    expect(new Set(chunks).size, 'each chunk fetched once').to.equal(chunks.length);
  });

  it('is harmless when the page has the script twice, with and without the query', async () => {
    const page = await openShopPage(
      '/dist/order-tracker.js?v=2',
      `${TRACKER}<script type="module" src="/dist/order-tracker.js"></script>`,
    );
    expect(await page.loaded).to.equal(true);
    await expectStatus(page, 'Delivered');
    expect(page.frame.contentDocument!.querySelectorAll('order-tracker')).to.have.length(1);
  });
});
