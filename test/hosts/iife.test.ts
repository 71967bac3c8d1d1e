import {expect} from '@open-wc/testing';
import {expectBuilt, expectStatus, openShopPage} from './shop-page.js';

const TRACKER = '<order-tracker tracking-number="LP00000001" src="/test-api/delay/0/native-delivered"></order-tracker>';

describe('the classic-script bundle (dist/order-tracker.iife.js)', () => {
  before(expectBuilt);
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('shows English without loading a language', async () => {
    const page = await openShopPage('/dist/order-tracker.iife.js', TRACKER, {classic: true});
    expect(await page.loaded).to.equal(true);
    await expectStatus(page, 'Delivered');
    expect(page.scripts().filter((url) => !/order-tracker\.iife\.js/.test(url))).to.deep.equal([]);
  });

  it('loads another language on demand from beside itself, with its own query', async () => {
    const page = await openShopPage('/dist/order-tracker.iife.js?v=5', TRACKER, {classic: true, lang: 'de'});
    expect(await page.loaded).to.equal(true);
    await expectStatus(page, 'Zugestellt');
    const languages = page.scripts().filter((url) => /\/dist\/order-tracker-de-[\w-]+\.js\?v=5$/.test(url));
    expect(languages, 'the German chunk, fetched once').to.have.length(1);
    expect(
      page.scripts().some((url) => /order-tracker\.js/.test(url)),
      'no ES entry',
    ).to.equal(false);
  });
});
