// `npm run test:ssr` (after `npm run build`): the npm entries in Node, as a server renderer
// loads them, and Lit's SSR rendering the element's standby and loading states (README
// "Server rendering").
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {render} from '@lit-labs/ssr';
import {collectResult} from '@lit-labs/ssr/lib/render-result.js';
import {html} from 'lit';
import {createElement} from 'react';
import {renderToString} from 'react-dom/server';

const serverRendered = async (template) => collectResult(render(template));

describe('on the server', () => {
  it('imports the side-effect-free entry and the registering one without throwing', async () => {
    const {OrderTracker} = await import('order-tracker');
    await import('order-tracker/define');
    assert.equal(customElements.get('order-tracker'), OrderTracker);
  });

  it('imports the script-tag bundle as the registering entry (a server renderer may import it too)', async () => {
    const {OrderTracker} = await import('order-tracker');
    await import('order-tracker/bundle');
    assert.equal(customElements.get('order-tracker'), OrderTracker);
  });

  it('renders the loading state of a tracking to come: skeleton and progress bar in a declarative shadow root', async () => {
    await import('order-tracker/define');
    const markup = await serverRendered(
      html`<order-tracker tracking-number="LP00123456789012" src="/api/tracking/{trackingNumber}"></order-tracker>`,
    );
    assert.match(markup, /<template shadowroot(mode)?="open"/);
    assert.match(markup, /part="overview"[^>]*aria-busy="true"/);
    assert.equal(markup.match(/part="stage"/g)?.length, 8);
    assert.match(markup, /tracking-number="LP00123456789012"/);
  });

  it('renders the loading state of given data without loading the view or logging an error', async () => {
    await import('order-tracker/define');
    const logged = [];
    const {error} = console;
    console.error = (...args) => logged.push(args.join(' '));
    try {
      const markup = await serverRendered(
        html`<order-tracker .data=${{trackingNumber: 'LP00123456789012', events: []}}></order-tracker>`,
      );
      assert.match(markup, /part="overview"[^>]*aria-busy="true"/);
      // What the element would start after rendering (a view chunk, a read) fails in its own time.
      await new Promise((done) => setTimeout(done, 200));
    } finally {
      console.error = error;
    }
    assert.deepEqual(logged, []);
  });

  it('renders the standby message when there is no number yet', async () => {
    await import('order-tracker/define');
    const markup = await serverRendered(html`<order-tracker src="/api/tracking/{trackingNumber}"></order-tracker>`);
    assert.match(markup, /part="message"/);
  });

  it('renders the React wrapper as the bare tag (Next.js renders client components on the server too)', async () => {
    const {OrderTracker} = await import('order-tracker/react');
    const markup = renderToString(createElement(OrderTracker, {trackingNumber: 'LP1', data: {trackingNumber: 'LP1'}}));
    assert.equal(markup, '<order-tracker></order-tracker>');
  });
});
