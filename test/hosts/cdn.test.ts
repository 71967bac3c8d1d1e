import {expect} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import {expectBuilt, openShopPage, expectStatus} from './shop-page.js';

// The tracking JSON comes from the shop's own origin; the script from a CDN on another port.
const TRACKER = '<order-tracker tracking-number="LP00000001" src="/test-api/delay/0/native-delivered"></order-tracker>';

describe('the built script on a CDN (another origin)', () => {
  let cdn: string;
  before(async () => {
    await expectBuilt();
    cdn = (await executeServerCommand<string, string>('cdn-origin'))!;
    expect(new URL(cdn).origin, 'a second origin').to.not.equal(location.origin);
  });
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('sent with Access-Control-Allow-Origin: runs, and loads its chunks from beside itself', async () => {
    const page = await openShopPage(
      `${cdn}/cors/order-tracker.js`,
      TRACKER.replace('<order-tracker', '<order-tracker lang="de"'),
    );
    expect(await page.loaded).to.equal(true);
    await expectStatus(page, 'Zugestellt');
    const chunks = page.scripts().filter((url) => /order-tracker-(tracking-view|de)-/.test(url));
    expect(chunks, 'the view and German chunks').to.have.length(2);
    for (const url of chunks) expect(url.startsWith(`${cdn}/cors/`), url).to.equal(true);
  });

  it('sent without it: the browser blocks the module, and the element never upgrades', async () => {
    const page = await openShopPage(`${cdn}/plain/order-tracker.js`, TRACKER);
    expect(await page.loaded, 'the script tag fails').to.equal(false);
    expect(page.win.customElements.get('order-tracker')).to.equal(undefined);
    expect(page.tracker().shadowRoot).to.equal(null);
  });
});
