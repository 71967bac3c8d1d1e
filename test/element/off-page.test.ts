import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import '../../src/define.js';
import type {OrderTracker} from '../../src/element/order-tracker.js';
import {macrotask, part, settled, spyOnFetch, textOf} from './helpers.js';

const GIVEN = {trackingNumber: 'GIVEN0001', events: [{time: '2026-11-20T10:00:00+08:00', description: 'Given'}]};

describe('<order-tracker> changed while off the page', () => {
  let spy: ReturnType<typeof spyOnFetch>;
  beforeEach(() => (spy = spyOnFetch()));
  afterEach(() => spy.restore());

  for (const moment of ['after its load', 'while its fetch runs']) {
    it(`data set ${moment} is shown when it comes back, and nothing is fetched`, async () => {
      const delay = moment === 'after its load' ? 0 : 2000;
      const el = await fixture<OrderTracker>(
        html`<order-tracker tracking-number="LP00612345678901" src="/test-api/delay/${delay}/native-delivered"></order-tracker>`,
      );
      if (delay) await waitUntil(() => spy.calls.length === 1, 'no request');
      else await settled(el);
      const parent = el.parentElement!;
      el.remove();
      el.data = GIVEN; // no update runs between this and the return
      parent.append(el);
      await settled(el);
      await macrotask();
      await el.updateComplete;
      expect(spy.calls, 'fetched').to.have.length(1);
      expect(textOf(part(el, 'tracking-number'))).to.equal('GIVEN0001');
    });
  }
});
