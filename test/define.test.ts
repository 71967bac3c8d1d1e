import {expect, waitUntil} from '@open-wc/testing';
import type {OrderTracker} from '../src/element/order-tracker.js';
import {part, textOf} from './element/helpers.js';

/** A fresh same-origin page (its own custom element registry) that records its errors and define() calls. */
async function blankPage() {
  const frame = document.createElement('iframe');
  document.body.append(frame);
  const win = frame.contentWindow as Window & typeof globalThis;
  const doc = frame.contentDocument!;
  const errors: string[] = [];
  win.addEventListener('error', (event) => errors.push(String(event.message)));
  win.addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));
  const consoleError = win.console.error;
  win.console.error = (...args: unknown[]) => void errors.push(args.map(String).join(' '));
  const defined: string[] = [];
  const define = win.customElements.define.bind(win.customElements);
  win.customElements.define = (name, ...rest) => {
    defined.push(name);
    define(name, ...rest);
  };
  /** Runs a module script (by URL, or inline code) and waits until it has run. */
  const run = (source: {src: string} | {code: string}) =>
    new Promise<void>((resolve) => {
      const script = doc.createElement('script');
      script.type = 'module';
      script.addEventListener('load', () => resolve());
      script.addEventListener('error', () => {
        errors.push(`could not load ${'src' in source ? source.src : 'inline module'}`);
        resolve();
      });
      if ('src' in source) script.src = source.src;
      else {
        script.textContent = `${source.code}\nwindow.dispatchEvent(new Event('ran'));`;
        win.addEventListener('ran', () => resolve(), {once: true});
      }
      doc.head.append(script);
    });
  /** Renders the native fixture through `data` and waits for its status. */
  const render = async () => {
    const response = await fetch('/test/fixtures/native-delivered.json');
    const el = doc.createElement('order-tracker') as OrderTracker;
    el.data = await response.json();
    doc.body.append(el);
    await waitUntil(() => el.shadowRoot && part(el, 'status'), 'not rendered');
    return el;
  };
  const cleanUp = () => {
    win.console.error = consoleError;
    frame.remove();
  };
  return {win, errors, defined, run, render, cleanUp};
}

/** A tiny widget built on the other copy of Lit. */
const OTHER_WIDGET = `
  import {LitElement, html} from '/test-api/lit-copy.js';
  customElements.define('other-widget', class extends LitElement {
    render() { return html\`<p>other widget</p>\`; }
  });`;

describe('loading the element twice, or beside another copy', () => {
  let page: Awaited<ReturnType<typeof blankPage>>;
  beforeEach(async () => (page = await blankPage()));
  afterEach(() => page.cleanUp());

  it('two copies of the define module define the element once, without an error', async () => {
    await page.run({src: '/src/define.ts'});
    const first = page.win.customElements.get('order-tracker');
    await page.run({src: '/src/define.ts?second-copy'});
    await page.run({src: '/src/index.ts?third'});
    expect(page.defined.filter((name) => name === 'order-tracker')).to.deep.equal(['order-tracker']);
    expect(page.win.customElements.get('order-tracker')).to.equal(first);
    expect(textOf(part(await page.render(), 'status'))).to.equal('Delivered');
    expect(page.errors).to.deep.equal([]);
  });

  it('beside another registration of order-tracker: keeps it, raises no error', async () => {
    const Other = class extends page.win.HTMLElement {};
    page.win.customElements.define('order-tracker', Other);
    await page.run({src: '/src/define.ts'});
    expect(page.win.customElements.get('order-tracker')).to.equal(Other);
    expect(page.errors).to.deep.equal([]);
  });

  for (const order of ['before', 'after']) {
    it(`beside another copy of Lit, loaded ${order} it`, async () => {
      if (order === 'before') await page.run({code: OTHER_WIDGET});
      await page.run({src: '/src/define.ts'});
      if (order === 'after') await page.run({code: OTHER_WIDGET});
      const el = await page.render();
      const other = page.win.document.createElement('other-widget') as HTMLElement & {updateComplete: Promise<unknown>};
      page.win.document.body.append(other);
      await other.updateComplete;
      expect(textOf(other.shadowRoot!.querySelector('p'))).to.equal('other widget');
      expect(textOf(part(el, 'status'))).to.equal('Delivered');
      expect(page.errors).to.deep.equal([]);
    });
  }
});
