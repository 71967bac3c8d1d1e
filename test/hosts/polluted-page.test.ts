import {expect} from '@open-wc/testing';
import {expectBuilt, expectStatus, openShopPage} from './shop-page.js';

/**
 * A page whose own scripts added an enumerable key to `Object.prototype`, as old libraries do
 * (README "Reliability and security"): the built files must still show the tracking. The
 * bundler's namespace helper used to copy that key as a getter and throw.
 */
const POLLUTED = '<script>Object.prototype.polluted = "yes";</script>';
const TRACKER = '<order-tracker tracking-number="LP00000001" src="/test-api/delay/0/native-delivered"></order-tracker>';

describe('a page that added a key to Object.prototype', () => {
  before(expectBuilt);
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('shows the tracking with the module script', async () => {
    const page = await openShopPage('/dist/order-tracker.js', POLLUTED + TRACKER);
    expect(await page.loaded).to.equal(true);
    await expectStatus(page, 'Delivered');
  });

  it('shows the tracking with the classic script, in a language loaded on demand', async () => {
    const page = await openShopPage('/dist/order-tracker.iife.js', POLLUTED + TRACKER, {classic: true, lang: 'de'});
    expect(await page.loaded).to.equal(true);
    await expectStatus(page, 'Zugestellt');
  });
});
