import {expect, waitUntil} from '@open-wc/testing';
import {expectBuilt, expectStatus, openShopPage} from './shop-page.js';

/** What the page saw of its tracker: each state it rendered, in ms after its shadow root was made. */
interface Renders {
  attachedAt: number;
  renders: [state: 'skeleton' | 'tracking', at: number][];
}

/**
 * Watches the tracker's shadow root from before the script runs (README "Performance"): every
 * change is noted as the skeleton (`aria-busy`) or the loaded tracking (its status heading).
 */
const WATCH = `<script>
  window.seen = {attachedAt: 0, renders: []};
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    seen.attachedAt = performance.now();
    new MutationObserver(() => {
      const state = root.querySelector('[part~="status"]') ? 'tracking' : root.querySelector('[aria-busy="true"]') ? 'skeleton' : '';
      if (state && seen.renders.at(-1)?.[0] !== state) seen.renders.push([state, performance.now() - seen.attachedAt]);
    }).observe(root, {childList: true, subtree: true});
    return root;
  };
</script>`;

const seen = (win: Window) => (win as Window & {seen?: Renders}).seen;

describe('the first render of the built script', () => {
  before(expectBuilt);
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('with src: the skeleton at once, while the tracking is on its way', async () => {
    const page = await openShopPage(
      '/dist/order-tracker.js',
      `${WATCH}<order-tracker tracking-number="LP00612345678901" src="/test-api/delay/600/native-delivered"></order-tracker>`,
    );
    await waitUntil(() => seen(page.win)?.renders.length, 'nothing rendered', {timeout: 5000});
    const [first] = seen(page.win)!.renders;
    expect(first?.[0]).to.equal('skeleton');
    expect(first?.[1], 'ms to the skeleton').to.be.below(600);
    await expectStatus(page, 'Delivered');
  });
});
