import {expect, fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../../src/define.js';
import type {OrderTracker} from '../../src/element/order-tracker.js';
import {trackPageChunk} from '../../src/element/track-page-chunk.js';
import {part, parts, settled, spyOnFetch, textOf} from './helpers.js';

/** Tracking numbers are test/fixtures names here: the form fetches /test/fixtures/{number}.json. */
const SRC = '/test/fixtures/{trackingNumber}.json';

interface Seen {
  method: string;
  url: string;
  body?: string;
}
/** Every request the test server saw since the last call (test/server/order-api.js). */
const serverSaw = async (): Promise<Seen[]> => (await fetch('/test-api/seen')).json();

/** A tracker showing its lookup form. */
async function lookupForm(template = html`<order-tracker src=${SRC}></order-tracker>`) {
  const el = await fixture<OrderTracker>(template);
  await waitUntil(() => part(el, 'lookup'), 'no lookup form', {timeout: 5000});
  return el;
}

const input = (el: OrderTracker, name = 'lookup-input') => part(el, name) as HTMLInputElement;

/**
 * Fills a field of the form and presses Enter in it, a real key press. The text is set, not typed:
 * WebKit's WebDriver drops typed characters now and then.
 */
async function typeAndEnter(el: OrderTracker, text: string, field = 'lookup-input') {
  fill(el, field, text);
  await sendKeys({press: 'Enter'});
  await el.updateComplete;
}

function fill(el: OrderTracker, field: string, text: string) {
  const target = input(el, field);
  target.focus();
  target.value = text;
  target.dispatchEvent(new Event('input', {bubbles: true}));
}

describe('<order-tracker> lookup form', () => {
  let spy: ReturnType<typeof spyOnFetch>;
  const pageUrl = location.href;
  beforeEach(() => (spy = spyOnFetch()));
  afterEach(() => {
    spy.restore();
    history.replaceState(null, '', pageUrl);
  });

  const trackingCalls = () => spy.calls.map((call) => call.url).filter((url) => url.startsWith('/test/fixtures/'));

  it('shows when src is set and there is no number: a labelled field, a button, an error tied to the field', async () => {
    const el = await lookupForm();
    const form = part(el, 'lookup')!;
    expect(form.tagName).to.equal('FORM');
    const field = input(el);
    expect(textOf(field.labels![0]!)).to.equal('Tracking number');
    expect(field.getAttribute('autocomplete')).to.equal('off');
    expect(field.getAttribute('enterkeyhint')).to.equal('search');
    expect(field.getAttribute('spellcheck')).to.equal('false');
    const error = part(el, 'lookup-error')!;
    expect(field.getAttribute('aria-describedby')!.split(' ')).to.include(error.id);
    expect(textOf(part(el, 'lookup-button'))).to.equal('Track');
    expect((part(el, 'lookup-button') as HTMLButtonElement).type).to.equal('submit');
    expect(textOf(form)).to.contain('LP00123456789012'); // the hint: what a number looks like
    expect(part(el, 'lookup-order'), 'no order lookup without order-src').to.equal(null);
    expect(trackingCalls()).to.deep.equal([]);
  });

  it('is not loaded on a page that tracks a known number', async () => {
    const load = trackPageChunk.load;
    let loads = 0;
    trackPageChunk.load = () => (loads++, load.call(trackPageChunk));
    try {
      const el = await fixture<OrderTracker>(
        html`<order-tracker tracking-number="native-delivered" src=${SRC} url-param="tracking"></order-tracker>`,
      );
      await settled(el);
      expect(part(el, 'lookup')).to.equal(null);
      expect(loads).to.equal(0);
    } finally {
      trackPageChunk.load = load;
    }
  });

  it('Enter tracks the number below the form, which stays for another number', async () => {
    const el = await lookupForm();
    const lookup = oneEvent(el, 'order-tracker-lookup');
    await typeAndEnter(el, ' native-delivered ');
    expect((await lookup).detail).to.deep.equal({trackingNumbers: ['native-delivered']});
    await settled(el);
    expect(trackingCalls()).to.deep.equal(['/test/fixtures/native-delivered.json']);
    expect(textOf(part(el, 'status'))).to.equal('Delivered');
    expect(part(el, 'lookup')).to.exist;
    const form = part(el, 'lookup')!;
    expect(form.compareDocumentPosition(part(el, 'overview')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
    expect(el.shadowRoot!.activeElement, 'focus stays in the field').to.equal(input(el));
    await typeAndEnter(el, 'cainiao-in-transit');
    await waitUntil(() => part(el, 'status')?.dataset.status === 'customs', 'the second number not shown', {
      timeout: 5000,
    });
    expect(location.href, 'no url-param: the URL is left alone').to.equal(pageUrl);
  });

  for (const typed of ['../admin', 'LP<b>1', '   ']) {
    it(`refuses ${JSON.stringify(typed)} before anything is sent, and keeps focus in the field`, async () => {
      const el = await lookupForm();
      let lookups = 0;
      el.addEventListener('order-tracker-lookup', () => lookups++);
      await typeAndEnter(el, typed);
      const error = textOf(part(el, 'lookup-error'));
      if (typed.trim()) {
        expect(error).to.equal(
          `“${typed}” is not a tracking number. A tracking number has 5 to 50 letters, digits or hyphens. Check it and try again.`,
        );
        expect(part(el, 'lookup-error')!.querySelector('b'), 'markup shows as text').to.equal(null);
      } else expect(error).to.equal('Enter a tracking number.');
      expect(input(el).getAttribute('aria-invalid')).to.equal('true');
      expect(el.shadowRoot!.activeElement).to.equal(input(el));
      expect(lookups).to.equal(0);
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(trackingCalls()).to.deep.equal([]);
      expect(spy.calls.filter((call) => call.url.includes('admin'))).to.deep.equal([]);
    });
  }

  it('puts focus back in the field when the button was pressed and the number refused', async () => {
    const el = await lookupForm();
    fill(el, 'lookup-input', 'LP/1');
    await sendKeys({press: 'Tab'});
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'lookup-button'));
    await sendKeys({press: 'Enter'}); // on the button: the button submits
    await el.updateComplete;
    expect(textOf(part(el, 'lookup-error'))).to.contain('“LP/1” is not a tracking number');
    expect(el.shadowRoot!.activeElement).to.equal(input(el));
  });

  it('after a lookup, not found explains that new numbers take a day or two', async () => {
    const el = await lookupForm();
    await typeAndEnter(el, 'LP00999999999');
    await settled(el);
    const message = textOf(part(el, 'message'));
    expect(message).to.contain("We couldn't find tracking number LP00999999999.");
    expect(message).to.contain('New numbers can take a day or two to appear.');
    expect(part(el, 'lookup'), 'the form stays').to.exist;
  });

  it('several typed numbers: one request each, and a switcher', async () => {
    const el = await lookupForm();
    await typeAndEnter(el, 'native-delivered, cainiao-in-transit');
    await waitUntil(() => parts(el, 'parcel-tab').length === 2, 'no tabs', {timeout: 5000});
    expect(trackingCalls().sort()).to.deep.equal([
      '/test/fixtures/cainiao-in-transit.json',
      '/test/fixtures/native-delivered.json',
    ]);
  });

  describe('the page URL (url-param)', () => {
    it('reads ?tracking= when tracking-number is empty, and shows it in the field', async () => {
      history.replaceState(null, '', '?utm_source=mail&tracking=native-delivered');
      const el = await lookupForm(html`<order-tracker src=${SRC} url-param="tracking"></order-tracker>`);
      await waitUntil(() => part(el, 'status'), 'the number of the URL not tracked', {timeout: 5000});
      expect(trackingCalls()).to.deep.equal(['/test/fixtures/native-delivered.json']);
      expect(input(el).value).to.equal('native-delivered');
    });

    it('reads several numbers: one request each', async () => {
      history.replaceState(null, '', '?tracking=native-delivered,cainiao-in-transit');
      const el = await lookupForm(html`<order-tracker src=${SRC} url-param="tracking"></order-tracker>`);
      await waitUntil(() => parts(el, 'parcel-tab').length === 2, 'no tabs', {timeout: 5000});
      expect(trackingCalls()).to.have.members([
        '/test/fixtures/native-delivered.json',
        '/test/fixtures/cainiao-in-transit.json',
      ]);
    });

    it('writes a lookup back with replaceState, keeping the other parameters', async () => {
      history.replaceState(null, '', '?utm_source=mail&utm_campaign=shipped&tracking=native-delivered#order');
      const length = history.length;
      const el = await lookupForm(html`<order-tracker src=${SRC} url-param="tracking"></order-tracker>`);
      await typeAndEnter(el, 'cainiao-in-transit, aftership-out-for-delivery');
      expect(location.search + location.hash).to.equal(
        '?utm_source=mail&utm_campaign=shipped&tracking=cainiao-in-transit,aftership-out-for-delivery#order',
      );
      expect(history.length).to.equal(length);
    });

    it('refuses a number from the URL too: named in the form, nothing sent', async () => {
      history.replaceState(null, '', '?tracking=..%2Fadmin');
      const el = await lookupForm(html`<order-tracker src=${SRC} url-param="tracking"></order-tracker>`);
      await el.updateComplete;
      expect(textOf(part(el, 'lookup-error'))).to.contain('“../admin” is not a tracking number');
      expect(trackingCalls()).to.deep.equal([]);
    });

    it('is ignored when tracking-number is set', async () => {
      history.replaceState(null, '', '?tracking=cainiao-in-transit');
      const el = await fixture<OrderTracker>(
        html`<order-tracker tracking-number="native-delivered" src=${SRC} url-param="tracking"></order-tracker>`,
      );
      await settled(el);
      expect(trackingCalls()).to.deep.equal(['/test/fixtures/native-delivered.json']);
    });
  });

  describe('order lookup (order-src)', () => {
    const ORDER_SRC = '/test-api/order';
    const EMAIL = 'ada@example.com';

    async function orderForm() {
      const el = await lookupForm(html`<order-tracker src=${SRC} order-src=${ORDER_SRC}></order-tracker>`);
      const radio = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
      expect(radio.map((option) => textOf(option.closest('label')))).to.deep.equal([
        'A tracking number',
        'My order number and email',
      ]);
      radio[1]!.click();
      await el.updateComplete;
      return el;
    }

    async function lookUp(el: OrderTracker, order: string, email = EMAIL) {
      fill(el, 'lookup-order', order);
      fill(el, 'lookup-email', email);
      await sendKeys({press: 'Enter'});
      await waitUntil(() => !part(el, 'lookup-button')?.matches('[aria-disabled="true"]'), 'still looking up', {
        timeout: 5000,
      });
      await el.updateComplete;
    }

    beforeEach(serverSaw);

    it('offers order number and email: labelled fields, the email typed as one', async () => {
      const el = await orderForm();
      expect(textOf(input(el, 'lookup-order').labels![0]!)).to.equal('Order number');
      const email = input(el, 'lookup-email');
      expect(textOf(email.labels![0]!)).to.equal('Email address');
      expect(email.type).to.equal('email');
      expect(email.getAttribute('autocomplete')).to.equal('email');
      expect(textOf(part(el, 'lookup-button'))).to.equal('Find my order');
    });

    it('POSTs {order, email} as JSON, tracks the numbers, and no URL or event carries the email', async () => {
      history.replaceState(null, '', '?utm_source=mail');
      const el = await lookupForm(
        html`<order-tracker src=${SRC} order-src=${ORDER_SRC} url-param="tracking"></order-tracker>`,
      );
      el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]')[1]!.click();
      await el.updateComplete;
      const events: unknown[] = [];
      for (const type of ['order-tracker-lookup', 'order-tracker-load', 'order-tracker-error']) {
        el.addEventListener(type, (event) => events.push((event as CustomEvent).detail));
      }
      await lookUp(el, '#1001');
      await waitUntil(() => parts(el, 'parcel-tab').length === 2, 'the order numbers not tracked', {timeout: 5000});
      await waitUntil(() => events.length === 3, 'not every parcel loaded', {timeout: 5000});
      const seen = await serverSaw();
      const post = seen.filter((request) => request.url === ORDER_SRC);
      expect(post.map(({method, body}) => [method, JSON.parse(body!)])).to.deep.equal([
        ['POST', {order: '#1001', email: EMAIL}],
      ]);
      const urls = [...seen.map((request) => request.url), location.href, ...spy.calls.map((call) => call.url)];
      expect(urls.filter((url) => /ada|%40|@/.test(decodeURIComponent(url)))).to.deep.equal([]);
      expect(events[0]).to.deep.equal({order: '#1001'});
      expect(JSON.stringify(events)).not.to.contain('ada@');
      expect(location.search).to.equal('?utm_source=mail&tracking=native-delivered,cainiao-in-transit');
      expect(JSON.stringify({...localStorage, ...sessionStorage})).not.to.contain('ada@');
    });

    const failures: [string, string][] = [
      ['#9999', 'No order found with that number and email'],
      ['#1006', 'Too many tries — please wait a minute'],
      ['#1004', "Your order hasn't shipped yet"],
      ['#1007', "We couldn't look up your order right now. Please try again later."],
    ];
    for (const [order, message] of failures) {
      it(`says "${message}" (${order}), focus in the order field, nothing tracked`, async () => {
        const el = await orderForm();
        await lookUp(el, order);
        expect(textOf(part(el, 'lookup-error'))).to.equal(message);
        expect(el.shadowRoot!.activeElement).to.equal(input(el, 'lookup-order'));
        expect(trackingCalls()).to.deep.equal([]);
      });
    }

    it('says when the shop cannot be reached', async () => {
      const el = await lookupForm(
        html`<order-tracker src=${SRC} order-src="http://127.0.0.1:9/orders"></order-tracker>`,
      );
      el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]')[1]!.click();
      await el.updateComplete;
      await lookUp(el, '#1001');
      expect(textOf(part(el, 'lookup-error'))).to.equal(
        "We couldn't reach the shop. Check your connection and try again.",
      );
    });

    it('asks for the order number and a usable email before sending anything', async () => {
      const el = await orderForm();
      fill(el, 'lookup-email', EMAIL);
      await sendKeys({press: 'Enter'});
      await el.updateComplete;
      expect(textOf(part(el, 'lookup-error'))).to.equal('Enter your order number.');
      expect(el.shadowRoot!.activeElement).to.equal(input(el, 'lookup-order'));
      await lookUp(el, '#1001', 'not-an-email');
      expect(textOf(part(el, 'lookup-error'))).to.equal('Enter the email address you ordered with.');
      expect(el.shadowRoot!.activeElement).to.equal(input(el, 'lookup-email'));
      expect((await serverSaw()).filter((request) => request.url === ORDER_SRC)).to.deep.equal([]);
    });
  });
});
