import {expect, waitUntil} from '@open-wc/testing';
import type {OrderTracker} from '../../src/element/order-tracker.js';
import {openTrackerPage, part, parts} from './helpers.js';

/** Parts a customer must see (all but older events behind "Show all"), with a size, inside the element. */
function expectLaidOut(el: OrderTracker, label: string) {
  const host = el.getBoundingClientRect();
  const shown = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part]')].filter((node) => !node.hidden);
  expect(shown.length, label).to.be.above(20);
  for (const node of shown) {
    const box = node.getBoundingClientRect();
    const name = `${label}: part ${node.getAttribute('part')}`;
    expect(box.width, name).to.be.above(0);
    expect(box.height, name).to.be.above(0);
    expect(box.left, name).to.be.at.least(host.left - 1);
    expect(box.right, name).to.be.at.most(host.right + 1);
  }
  // A–H in reading order, whether the bar stands (narrow) or lies (wide).
  const steps = parts(el, 'stage').map((step) => step.getBoundingClientRect());
  expect(steps, label).to.have.length(8);
  const down = steps.every((box, i) => i === 0 || box.top >= steps[i - 1].bottom - 1);
  const across = steps.every((box, i) => i === 0 || box.left >= steps[i - 1].right - 1);
  expect(down || across, `${label}: steps in order`).to.equal(true);
}

describe('on a page with hostile CSS (all: unset, huge fonts, content-box)', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  for (const width of [900, 360]) {
    it(`still lays out in a ${width} px page`, async () => {
      const {tracker} = await openTrackerPage('/test/pages/host-css.html', width);
      for (const id of ['from-src', 'from-data']) {
        const el = tracker(id);
        await waitUntil(() => el.shadowRoot && part(el, 'status'), `${id} not rendered`, {timeout: 5000});
        expectLaidOut(el, `${id} at ${width} px`);
        // The page's text settings stop at the widget: its words are written as it writes them.
        const text = getComputedStyle(part(el, 'event')!);
        expect(
          [text.textTransform, text.letterSpacing, text.wordSpacing, text.whiteSpace, text.fontStyle, text.textIndent],
          `${id}: the page's text settings`,
        ).to.deep.equal(['none', 'normal', '0px', 'normal', 'normal', '0px']);
        const log = part(el, 'timeline')!.getBoundingClientRect();
        const cainiao = part(el, 'cainiao')!.getBoundingClientRect();
        // The layout still follows the element's width: CAINIAO beside the log when wide, below when narrow.
        if (width >= 640) expect(cainiao.left, `${id}: CAINIAO not beside the log`).to.be.at.least(log.right - 1);
        else expect(cainiao.top, `${id}: CAINIAO not below the log`).to.be.at.least(log.bottom - 1);
      }
    });
  }
});
