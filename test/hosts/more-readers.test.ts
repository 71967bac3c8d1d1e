import {expect} from '@open-wc/testing';
import {expectBuilt, openShopPage, expectStatus} from './shop-page.js';

const tracker = (fixture: string) =>
  `<order-tracker tracking-number="1Z0000000001" src="/test-api/delay/0/${fixture}"></order-tracker>`;
const moreReaders = (urls: string[]) => urls.filter((url) => /\/order-tracker-more-readers-/.test(url));

// AfterShip's and 17TRACK's readers are a chunk of their own (README "Performance").
describe('the built script reading AfterShip and 17TRACK answers', () => {
  before(expectBuilt);
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('shows our own format without downloading the other readers', async () => {
    const page = await openShopPage('/dist/order-tracker.js', tracker('native-delivered'));
    await expectStatus(page, 'Delivered');
    expect(moreReaders(page.scripts())).to.deep.equal([]);
  });

  for (const [fixture, status] of [
    ['aftership-out-for-delivery', 'Out for delivery'],
    ['17track-delivered', 'Delivered'],
  ] as const) {
    it(`downloads them, with the script's query, for ${fixture}`, async () => {
      const page = await openShopPage('/dist/order-tracker.js?v=3', tracker(fixture));
      await expectStatus(page, status);
      const chunks = moreReaders(page.scripts());
      expect(chunks, 'the readers chunk, once').to.have.length(1);
      expect(chunks[0]).to.match(/\?v=3$/);
    });
  }
});
