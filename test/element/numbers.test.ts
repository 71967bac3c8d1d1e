import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import '../../src/define.js';
import type {OrderTracker} from '../../src/element/order-tracker.js';
import {loadFixture} from '../fixtures.js';
import {part, settled, spyOnFetch, textOf} from './helpers.js';

/** A `src` whose number sits inside a path: `..` would climb to the parent's `detail`. */
const PATH_SRC = '/test-api/tracking/{trackingNumber}/detail';

describe('<order-tracker> numbers (docs/behaviour.md#numbers)', () => {
  let spy: ReturnType<typeof spyOnFetch>;
  beforeEach(() => (spy = spyOnFetch()));
  afterEach(() => spy.restore());

  const REFUSED = ['..', '%2e%2e', 'LP00/../1', 'LP0061?x=1', 'LP0061#top', 'LP.00612', "LP0061'", 'LP<b>0061</b>'];

  for (const typed of REFUSED) {
    it(`refuses ${JSON.stringify(typed)} before any request, naming it as text`, async () => {
      const el = document.createElement('order-tracker');
      el.src = PATH_SRC;
      el.trackingNumber = typed;
      const failed = oneEvent(el, 'order-tracker-error');
      document.body.append(el);
      try {
        expect((await failed).detail.kind).to.equal('invalid');
        await settled(el);
        expect(spy.calls, 'sent').to.deep.equal([]);
        const message = part(el, 'message')!;
        expect(textOf(message)).to.contain(`“${typed}” is not a tracking number.`);
        expect(message.querySelector('b'), 'markup of the number parsed').to.equal(null);
        expect(part(el, 'retry-button')).to.exist;
      } finally {
        el.remove();
      }
    });
  }

  it('a refused number never reaches cainiao-url: no CAINIAO link for it', async () => {
    const data = {...((await loadFixture('native-delivered')) as object), trackingNumber: '..'};
    const el = await fixture<OrderTracker>(
      html`<order-tracker cainiao-url="/track/{trackingNumber}/detail" .data=${data}></order-tracker>`,
    );
    await settled(el);
    const hrefs = [...el.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs.filter((href) => href?.includes('/track/') || href?.endsWith('/detail'))).to.deep.equal([]);
    expect(part(el, 'cainiao')).to.equal(null);
  });

  it('an accepted number fills cainiao-url normalized', async () => {
    const data = {...((await loadFixture('native-delivered')) as object), trackingNumber: 'LP 0061\u200b2345678901'};
    const el = await fixture<OrderTracker>(
      html`<order-tracker cainiao-url="/track/{trackingNumber}/detail" .data=${data}></order-tracker>`,
    );
    await settled(el);
    expect((part(el, 'cainiao') as HTMLAnchorElement).href).to.equal(
      new URL('/track/LP00612345678901/detail', document.baseURI).href,
    );
  });
});
