import {expect, fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import {sendKeys, setViewport} from '@web/test-runner-commands';
import '../../src/define.js';
import type {OrderTracker} from '../../src/element/order-tracker.js';
import {part, parts, settled, spokenText, spyOnFetch, textOf} from './helpers.js';
import {loadFixture} from '../fixtures.js';

const FIXTURE_SRC = '/test/fixtures/native-delivered.json?number={trackingNumber}';

async function loadedTracker(
  template = html`<order-tracker tracking-number="LP00612345678901" src=${FIXTURE_SRC}></order-tracker>`,
) {
  const el = await fixture<OrderTracker>(template);
  await settled(el);
  return el;
}

describe('<order-tracker>', () => {
  let spy: ReturnType<typeof spyOnFetch>;
  beforeEach(() => (spy = spyOnFetch()));
  afterEach(() => spy.restore());

  describe('a delivered order with two numbers (native format through src)', () => {
    it('fetches the src with the number normalized: spaces and invisible characters removed', async () => {
      await loadedTracker(
        html`<order-tracker tracking-number=${' LP 0061\u200b2345\u2060678901\n'} src="/test/fixtures/native-delivered.json?n={trackingNumber}"></order-tracker>`,
      );
      expect(spy.calls.map((call) => call.url)).to.deep.equal([
        '/test/fixtures/native-delivered.json?n=LP00612345678901',
      ]);
    });

    it('shows the status, transit time and both numbers, the second labelled Latest', async () => {
      const el = await loadedTracker();
      const status = part(el, 'status')!;
      expect(textOf(status)).to.equal('Delivered');
      expect(status.dataset.status).to.equal('delivered');
      expect(textOf(part(el, 'overview'))).to.contain('Delivered in 8 days');
      expect(textOf(part(el, 'tracking-number'))).to.equal('LP00612345678901');
      expect(textOf(part(el, 'latest-tracking-number'))).to.equal('9400111206213456789012');
      const latestRow = part(el, 'latest-tracking-number')!.closest('.number-row')!;
      expect(textOf(latestRow)).to.contain('Latest');
      expect(parts(el, 'copy-number-button').length).to.be.greaterThanOrEqual(2);
    });

    it('links the original number to CAINIAO and the latest to the carrier', async () => {
      const el = await loadedTracker();
      const numbers = part(el, 'tracking-number')!.closest('dl')!;
      const links = [...numbers.querySelectorAll('a')].map((a) => a.href);
      expect(links).to.deep.equal([
        'https://global.cainiao.com/newDetail.htm?mailNoList=LP00612345678901',
        'https://tools.usps.com/go/TrackConfirmAction?tLabels=9400111206213456789012',
      ]);
    });

    it('marks every step done and H current once delivered, with its meaning below', async () => {
      const el = await loadedTracker();
      const steps = parts(el, 'stage');
      expect(part(el, 'progress')!.tagName).to.equal('OL');
      expect(steps.map((step) => step.dataset.stage).join('')).to.equal('ABCDEFGH');
      expect(steps.every((step) => step.dataset.state === 'done')).to.equal(true);
      expect(
        steps.filter((step) => step.getAttribute('aria-current') === 'step').map((s) => s.dataset.stage),
      ).to.deep.equal(['H']);
      expect(textOf(part(el, 'stage-description'))).to.equal('Delivered on Tue, Nov 10 Your parcel has arrived.');
      expect(spokenText(steps[0].querySelector('button'))).to.equal('Step 1 of 8, Prepared: done');
    });

    it('shows the route, the carrier card and every event newest first', async () => {
      const el = await loadedTracker();
      expect(textOf(part(el, 'route')))
        .to.contain('Mainland China')
        .and.contain('United States')
        .and.contain('Columbus, OH');
      const carrier = part(el, 'carrier')!;
      expect(textOf(carrier)).to.contain('USPS');
      expect(part(el, 'carrier-phone')!.getAttribute('href')).to.equal('tel:1-800-275-8777');
      expect(part(el, 'carrier-link')!.getAttribute('href')).to.equal(
        'https://tools.usps.com/go/TrackConfirmAction?tLabels=9400111206213456789012',
      );
      // Only the events shown are built (README "Performance"): the rest once "Show all" is pressed.
      expect(parts(el, 'event')).to.have.length(5);
      part(el, 'history-toggle')!.click();
      await el.updateComplete;
      const events = parts(el, 'event');
      expect(part(el, 'timeline')!.tagName).to.equal('OL');
      expect(events).to.have.length(11);
      expect(textOf(events[0]))
        .to.contain('Delivered, in/at mailbox')
        .and.contain('Columbus, OH')
        .and.contain('Latest number');
      expect(textOf(events[10]))
        .to.contain('Shipment information received by warehouse electronically')
        .and.contain('Original number');
      // The event's own wall clock (13:32 in Columbus), wherever the test browser is.
      expect(textOf(events[0].querySelector('time'))).to.contain('1:32');
    });

    it('shows the CAINIAO logo linking to the original number', async () => {
      const el = await loadedTracker();
      const cainiao = part(el, 'cainiao') as HTMLAnchorElement;
      expect(cainiao.tagName).to.equal('A');
      expect(cainiao.href).to.equal('https://global.cainiao.com/newDetail.htm?mailNoList=LP00612345678901');
      expect(cainiao.querySelector('svg')).to.exist;
      expect(textOf(cainiao)).to.contain('CAINIAO shows both tracking numbers');
    });

    it('fires order-tracker-load with the normalized tracking', async () => {
      const el = document.createElement('order-tracker');
      el.trackingNumber = 'LP00612345678901';
      el.src = FIXTURE_SRC;
      const loaded = oneEvent(el, 'order-tracker-load');
      document.body.append(el);
      try {
        const {detail} = await loaded;
        expect(detail.tracking.trackingNumber).to.equal('LP00612345678901');
        expect(detail.tracking.latestTrackingNumber).to.equal('9400111206213456789012');
        expect(detail.tracking.status).to.equal('delivered');
        expect(detail.tracking.events).to.have.length(11);
      } finally {
        el.remove();
      }
    });

    it('is accessible', async () => {
      const el = await loadedTracker();
      await expect(el).to.be.accessible();
    });
  });

  describe('data property', () => {
    it('renders given JSON without fetching', async () => {
      const data = await loadFixture('native-delivered');
      spy.calls.length = 0;
      const el = await fixture<OrderTracker>(html`<order-tracker .data=${data} src="/never"></order-tracker>`);
      await settled(el);
      expect(textOf(part(el, 'status'))).to.equal('Delivered');
      expect(spy.calls).to.deep.equal([]);
    });

    it('shows carrier markup as literal text', async () => {
      const data = {
        trackingNumber: 'LP1',
        events: [
          {
            time: '2026-11-10T10:00:00+08:00',
            description: '<img src=x onerror="alert(1)"><b>Arrived</b>',
            location: '<script>alert(2)</script>',
          },
        ],
      };
      const el = await fixture<OrderTracker>(html`<order-tracker .data=${data}></order-tracker>`);
      await settled(el);
      const event = part(el, 'event')!;
      expect(event.querySelector('img, b, script')).to.equal(null);
      expect(textOf(event))
        .to.contain('<img src=x onerror="alert(1)"><b>Arrived</b>')
        .and.contain('<script>alert(2)</script>');
    });
  });

  describe('states', () => {
    const appended: Element[] = [];
    afterEach(() => appended.splice(0).forEach((el) => el.remove()));

    /** A tracker set up by `setup`, put on the page; resolves once it has failed and rendered. */
    async function failed(setup: (el: OrderTracker) => void) {
      const el = document.createElement('order-tracker');
      setup(el);
      const error = oneEvent(el, 'order-tracker-error');
      document.body.append(el);
      appended.push(el);
      const {detail} = await error;
      await el.updateComplete;
      return {el, detail};
    }

    it('without a number or a source: a short message and no request', async () => {
      const el = await fixture<OrderTracker>(html`<order-tracker></order-tracker>`);
      await el.updateComplete;
      expect(textOf(part(el, 'message'))).to.contain('Enter a tracking number');
      expect(part(el, 'retry-button')).to.equal(null);
      expect(spy.calls).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('with a number but no source: a message for the developer and no request', async () => {
      const el = await fixture<OrderTracker>(html`<order-tracker tracking-number="LP00000001"></order-tracker>`);
      await el.updateComplete;
      expect(textOf(part(el, 'message'))).to.contain('no data source');
      expect(spy.calls).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('while loading: a skeleton with the progress bar in place, which does not move on load', async () => {
      // The loaded page grows past the viewport; a classic scrollbar (Firefox) would then narrow
      // the element, a change of the host page's, not of the element's.
      document.documentElement.style.overflowY = 'scroll';
      try {
        const el = await fixture<OrderTracker>(
          html`<order-tracker tracking-number="LP00000001" src="/test-api/delay/300/native-delivered"></order-tracker>`,
        );
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('.skeleton')).to.exist;
        const before = part(el, 'progress')!.getBoundingClientRect();
        await expect(el).to.be.accessible();
        await settled(el);
        const after = part(el, 'progress')!.getBoundingClientRect();
        expect(after.top).to.equal(before.top);
        expect(after.height).to.equal(before.height);
      } finally {
        document.documentElement.style.removeProperty('overflow-y');
      }
    });

    it('not shipped yet: pending with a friendly message, not an error', async () => {
      const el = await fixture<OrderTracker>(
        html`<order-tracker .data=${{trackingNumber: 'LP1', events: []}}></order-tracker>`,
      );
      await settled(el);
      expect(part(el, 'status')!.dataset.status).to.equal('pending');
      expect(textOf(part(el, 'message')))
        .to.contain('No first scan yet')
        .and.contain('New numbers can take a day or two.');
      expect(part(el, 'retry-button')).to.equal(null);
      expect(parts(el, 'stage').every((step) => step.dataset.state === 'upcoming')).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('404: names the number, offers Retry and fires order-tracker-error', async () => {
      const {el, detail} = await failed((el) => {
        el.trackingNumber = 'LP404404';
        el.src = '/test/fixtures/missing-{trackingNumber}.json';
      });
      expect(detail.kind).to.equal('not-found');
      expect(detail.error).to.be.instanceOf(Error);
      expect(textOf(part(el, 'message'))).to.contain('LP404404');
      expect(part(el, 'retry-button')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('a 17TRACK rejection given as data names the rejected number', async () => {
      const rejected = {
        code: 0,
        data: {accepted: [], rejected: [{number: 'YT0000000000000', error: {code: -18019909}}]},
      };
      const {el, detail} = await failed((el) => (el.data = rejected));
      expect(detail.kind).to.equal('not-found');
      expect(textOf(part(el, 'message'))).to.contain("We couldn't find tracking number YT0000000000000.");
      expect(part(el, 'retry-button')).to.exist;
    });

    it('server error: a clear message without the raw body, and Retry fetches again', async () => {
      const el = await loadedTracker(
        html`<order-tracker tracking-number="LP00000001" src="/test-api/status/500"></order-tracker>`,
      );
      const message = textOf(part(el, 'message'));
      expect(message).to.contain('The tracking service ran into a problem').and.not.contain('500');
      expect(message).not.to.contain('stack trace');
      const failedAgain = oneEvent(el, 'order-tracker-error');
      part(el, 'retry-button')!.click();
      expect((await failedAgain).detail.kind).to.equal('http');
      expect(spy.calls).to.have.length(2);
      await expect(el).to.be.accessible();
    });

    it('an answer over 5 MB is an invalid error', async () => {
      const {el, detail} = await failed((el) => {
        el.trackingNumber = 'LP00000001';
        el.src = '/test-api/huge/8';
      });
      expect(detail.kind).to.equal('invalid');
      expect(textOf(part(el, 'message'))).to.contain("couldn't read");
    });

    it('JSON of no known shape is an invalid error', async () => {
      const {el, detail} = await failed((el) => (el.data = {hello: 'world'}));
      expect(detail.kind).to.equal('invalid');
      expect(textOf(part(el, 'message'))).to.contain("couldn't read");
      expect(part(el, 'retry-button')).to.exist;
    });

    it('a failed refresh keeps the data and shows a notice', async () => {
      const el = await loadedTracker();
      el.src = FIXTURE_SRC; // unchanged: same parcel
      window.fetch = () => Promise.reject(new TypeError('offline'));
      await el.refreshNow();
      await el.updateComplete;
      expect(textOf(part(el, 'status'))).to.equal('Delivered');
      expect(textOf(part(el, 'notice'))).to.match(/Couldn't refresh — showing information from \d/);
      await expect(el).to.be.accessible();
    });
  });

  describe('copying', () => {
    let written: string[];
    let originalWrite: typeof navigator.clipboard.writeText;
    beforeEach(() => {
      written = [];
      originalWrite = navigator.clipboard.writeText;
      navigator.clipboard.writeText = async (text: string) => void written.push(text);
    });
    afterEach(() => (navigator.clipboard.writeText = originalWrite));

    it('Copy details copies the summary, says Copied and fires order-tracker-copy', async () => {
      const el = await loadedTracker();
      const copied = oneEvent(el, 'order-tracker-copy');
      part(el, 'copy-button')!.click();
      const {detail} = await copied;
      expect(written).to.deep.equal([detail.text]);
      const lines = detail.text.split('\n');
      expect(lines[0]).to.equal('Delivered · Delivered in 8 days');
      expect(lines).to.include('Tracking number: LP00612345678901');
      expect(lines).to.include('Latest tracking number: 9400111206213456789012');
      await el.updateComplete;
      expect(textOf(part(el, 'copy-button'))).to.equal('Copied');
      expect(textOf(el.shadowRoot!.querySelector('[role="status"]'))).to.equal('Copied');
    });

    it('a number copy button copies just that number', async () => {
      const el = await loadedTracker();
      const copied = oneEvent(el, 'order-tracker-copy');
      part(el, 'latest-tracking-number')!
        .parentElement!.querySelector<HTMLElement>('[part="copy-number-button"]')!
        .click();
      expect((await copied).detail.text).to.equal('9400111206213456789012');
      expect(written).to.deep.equal(['9400111206213456789012']);
    });

    it('still copies when the Clipboard API is refused', async () => {
      navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
      const el = await loadedTracker();
      const copied = oneEvent(el, 'order-tracker-copy');
      part(el, 'copy-button')!.focus();
      await sendKeys({press: 'Enter'}); // a real key press: the fallback needs user activation
      expect((await copied).detail.text).to.contain('Tracking number: LP00612345678901');
      // The fallback borrows the focus for a moment and gives it back to the button.
      expect(el.shadowRoot!.activeElement).to.equal(part(el, 'copy-button'));
    });

    describe('when nothing could be copied', () => {
      const originalExec = document.execCommand;
      beforeEach(() => {
        navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
      });
      afterEach(() => (document.execCommand = originalExec));

      /** A loaded tracker whose copy button `button` was clicked; resolves once the failure shows. */
      async function failedCopy(button: (el: OrderTracker) => HTMLElement) {
        const el = await loadedTracker();
        const fired: string[] = [];
        el.addEventListener('order-tracker-copy', (event) => fired.push(event.detail.text));
        button(el).click();
        await waitUntil(() => el.shadowRoot!.querySelector('.copy-failed'), 'no failure shown');
        return {el, fired};
      }

      for (const [how, exec] of [
        ['refused', () => false],
        ['claimed but not done (the result is verified)', () => true],
      ] as const) {
        it(`Copy details, ${how}: says so beside the button and shows the text in a selectable box`, async () => {
          document.execCommand = exec;
          const {el, fired} = await failedCopy((el) => part(el, 'copy-button')!);
          const failure = part(el, 'copy-button')!.nextElementSibling!;
          expect(textOf(failure)).to.equal("Couldn't copy. Select the text and copy it by hand.");
          expect(failure.getBoundingClientRect().height, 'shown, not only announced').to.be.above(10);
          expect(textOf(part(el, 'copy-button'))).to.equal('Copy details');
          const box = part(el, 'copy-fallback') as HTMLTextAreaElement;
          expect(box.localName).to.equal('textarea');
          expect(box.readOnly).to.equal(true);
          expect(box.value.split('\n')[0]).to.equal('Delivered · Delivered in 8 days');
          expect(box.value).to.contain('Tracking number: LP00612345678901');
          box.select();
          expect(box.selectionEnd - box.selectionStart, 'selectable').to.equal(box.value.length);
          expect(textOf(el.shadowRoot!.querySelector('[role="status"]'))).to.equal(textOf(failure));
          expect(fired).to.deep.equal([]);
          await expect(el).to.be.accessible();
        });
      }

      it('a number: says so beside that number, which is itself selectable', async () => {
        document.execCommand = () => false;
        const latest = (el: OrderTracker) =>
          part(el, 'latest-tracking-number')!.parentElement!.querySelector<HTMLElement>('[part="copy-number-button"]')!;
        const {el, fired} = await failedCopy(latest);
        expect(textOf(latest(el).nextElementSibling)).to.equal("Couldn't copy. Select the text and copy it by hand.");
        expect(part(el, 'copy-fallback')).to.equal(null);
        expect(el.shadowRoot!.querySelectorAll('.copy-failed')).to.have.length(1);
        expect(fired).to.deep.equal([]);
      });
    });
  });

  it('a carrier card without a latest number asks nothing about one', async () => {
    const data = {
      trackingNumber: 'YW1',
      carrier: {name: 'Yanwen'},
      events: [{time: '2026-11-20T10:00:00+08:00', description: 'In transit'}],
    };
    const el = await fixture<OrderTracker>(html`<order-tracker .data=${data}></order-tracker>`);
    await settled(el);
    const card = part(el, 'carrier')!;
    expect(textOf(card)).to.contain('Yanwen').and.not.contain('latest');
    expect(card.querySelector('[part="copy-number-button"]')).to.equal(null);
  });

  describe('carrier without a known link (PiggyShip)', () => {
    const piggy = {
      trackingNumber: 'LP2',
      latestTrackingNumber: 'PGS7734100209',
      carrier: {name: 'PiggyShip', phone: 'Call +1 (626) 555-0142, Mon-Fri'},
      events: [{time: '2026-11-25T08:30:00-08:00', description: 'Out for delivery', trackingNumber: 'PGS7734100209'}],
    };

    it('asks to copy the latest number and track it on the carrier site', async () => {
      const el = await fixture<OrderTracker>(html`<order-tracker .data=${piggy}></order-tracker>`);
      await settled(el);
      expect(part(el, 'carrier-link')).to.equal(null);
      const card = part(el, 'carrier')!;
      expect(textOf(card)).to.contain("Copy the latest tracking number and track it on PiggyShip's own website");
      expect(card.querySelector('[part="copy-number-button"]')).to.exist;
      expect(part(el, 'carrier-phone')!.getAttribute('href')).to.equal('tel:+1(626)555-0142');
      expect(part(el, 'status')!.dataset.status).to.equal('out_for_delivery');
      await expect(el).to.be.accessible();
    });
  });

  describe('CAINIAO placement follows the element width', () => {
    after(() => setViewport({width: 800, height: 600}));

    const geometry = async (width: string) => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}">
        <order-tracker tracking-number="LP00612345678901" src=${FIXTURE_SRC}></order-tracker>
      </div>`);
      const el = wrapper.querySelector('order-tracker')!;
      await settled(el);
      return {
        log: part(el, 'timeline')!.getBoundingClientRect(),
        cainiao: part(el, 'cainiao')!.getBoundingClientRect(),
      };
    };

    it('wide (≥ 640 px): beside the event log, on its right', async () => {
      await setViewport({width: 1280, height: 900});
      const {log, cainiao} = await geometry('900px');
      expect(cainiao.left).to.be.at.least(log.right);
      expect(cainiao.top).to.be.below(log.bottom);
    });

    it('narrow (< 640 px) on a wide page: below the event log', async () => {
      await setViewport({width: 1280, height: 900});
      const {log, cainiao} = await geometry('375px');
      expect(cainiao.top).to.be.at.least(log.bottom);
    });
  });

  describe('keyboard', () => {
    it("reaches every step and reads any stage's meaning", async () => {
      const el = await loadedTracker();
      const buttons = [...part(el, 'progress')!.querySelectorAll('button')];
      expect(buttons).to.have.length(8);
      buttons[1].focus();
      await sendKeys({press: 'Enter'});
      await el.updateComplete;
      expect(textOf(part(el, 'stage-description'))).to.contain('Done on Nov 3: the carrier took it to a facility');
      expect(buttons[1].hasAttribute('aria-pressed'), 'a step is no toggle').to.equal(false);
      await sendKeys({press: 'Tab'});
      expect(el.shadowRoot!.activeElement).to.equal(buttons[2]);
    });
  });

  describe('theming', () => {
    it('reads the public custom properties', async () => {
      const el = await loadedTracker(
        html`<order-tracker style="--order-tracker-accent: rgb(200, 0, 100)" tracking-number="LP00612345678901" src=${FIXTURE_SRC}></order-tracker>`,
      );
      expect(getComputedStyle(part(el, 'copy-button')!).backgroundColor).to.equal('rgb(200, 0, 100)');
    });

    it('slot "logo" replaces the built-in CAINIAO logo', async () => {
      const el = await loadedTracker(
        html`<order-tracker tracking-number="LP00612345678901" src=${FIXTURE_SRC}><img slot="logo" alt="Our partner"></order-tracker>`,
      );
      const slot = part(el, 'cainiao')!.querySelector('slot')!;
      expect(slot.assignedElements().map((node) => node.getAttribute('alt'))).to.deep.equal(['Our partner']);
    });
  });

  describe('lifecycle', () => {
    it('removing the element aborts its request', async () => {
      const el = await fixture<OrderTracker>(
        html`<order-tracker tracking-number="LP00000001" src="/test-api/delay/2000/native-delivered"></order-tracker>`,
      );
      await waitUntil(() => spy.calls.length === 1);
      el.remove();
      expect(spy.calls[0].signal?.aborted).to.equal(true);
    });

    it('an older answer never replaces a newer one', async () => {
      const el = await fixture<OrderTracker>(
        html`<order-tracker tracking-number="LP000OLD" src="/test-api/delay/600/native-delivered"></order-tracker>`,
      );
      const loads: string[] = [];
      el.addEventListener('order-tracker-load', (event) => loads.push(event.detail.tracking.trackingNumber));
      await waitUntil(() => spy.calls.length === 1);
      el.data = {trackingNumber: 'NEW', events: []};
      await settled(el);
      await new Promise((resolve) => setTimeout(resolve, 900));
      expect(loads).to.deep.equal(['NEW']);
      expect(textOf(part(el, 'tracking-number'))).to.equal('NEW');
    });
  });
});
