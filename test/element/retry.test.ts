import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../../src/define.js';
import type {OrderTracker} from '../../src/element/order-tracker.js';
import {loadFixture} from '../fixtures.js';
import {deferred} from './controllers/fake-host.js';
import {part, settled, spyOnFetch, textOf} from './helpers.js';

describe('<order-tracker> Retry (docs/behaviour.md#faults)', () => {
  let spy: ReturnType<typeof spyOnFetch>;
  beforeEach(() => (spy = spyOnFetch()));
  afterEach(() => spy.restore());

  /** A tracker whose first load failed, with focus on Retry; `answer` is what the Retry gets. */
  async function retried(answer: Promise<Response>) {
    spy.answer = async () => new Response('down', {status: 500});
    const el = await fixture<OrderTracker>(
      html`<order-tracker tracking-number="LP00612345678901" src="/api/{trackingNumber}"></order-tracker>`,
    );
    await settled(el);
    spy.answer = () => answer;
    part(el, 'retry-button')!.focus();
    await sendKeys({press: 'Enter'});
    await el.updateComplete;
    return el;
  }

  it('is busy while it runs: aria-busy, the button disabled and saying so, a second press ignored', async () => {
    const answer = deferred<Response>();
    const el = await retried(answer.promise);
    const button = part(el, 'retry-button') as HTMLButtonElement;
    expect(part(el, 'message')!.getAttribute('aria-busy')).to.equal('true');
    expect(button.disabled, 'disabled').to.equal(true);
    expect(textOf(button)).to.equal('Trying again…');
    await sendKeys({press: 'Enter'});
    expect(spy.calls, 'requests').to.have.length(2);
    answer.resolve(new Response('still down', {status: 500}));
    await waitUntil(() => !part(el, 'message')!.hasAttribute('aria-busy'), 'still busy');
    expect(button.disabled, 'enabled again').to.equal(false);
    expect(textOf(button)).to.equal('Try again');
    expect(el.shadowRoot!.activeElement, 'failed again: focus is back on Retry').to.equal(button);
    await expect(el).to.be.accessible();
  });

  it('when the data then shows, focus moves from Retry to the status heading', async () => {
    const el = await retried(loadFixture('native-delivered').then((json) => new Response(JSON.stringify(json))));
    await waitUntil(() => el.shadowRoot!.activeElement === part(el, 'status'), 'focus did not follow');
    const status = part(el, 'status')!;
    expect(textOf(status)).to.equal('Delivered');
    expect(el.shadowRoot!.activeElement).to.equal(status);
    expect(status.tabIndex, 'focusable by script, not a tab stop').to.equal(-1);
  });
});
