import {expect, fixture, html} from '@open-wc/testing';
import '../../src/define.js';
import type {OrderTracker} from '../../src/element/order-tracker.js';
import {macrotask, part, parts, settled, textOf} from './helpers.js';

/** Markup a carrier might send, each trying to run `window.__xss`. */
const MARKUP = [
  '<script>window.__xss = 1</script>',
  '<img src=x onerror="window.__xss = 2">',
  '<svg onload="window.__xss = 3"></svg>',
  '"><iframe src="javascript:window.__xss=4"></iframe>',
];

/** Every attribute that could carry a URL, over the whole shadow tree. */
function urlAttributes(el: OrderTracker) {
  const found: string[] = [];
  for (const node of el.shadowRoot!.querySelectorAll('*')) {
    for (const {name, value} of node.attributes) {
      if (/^(href|xlink:href|src|srcset|action|formaction|poster|data)$/i.test(name)) found.push(value);
    }
  }
  return found;
}

/** Elements and handlers that markup in the data could have created. */
function injected(el: OrderTracker) {
  const nodes = [
    ...el.shadowRoot!.querySelectorAll('script, img, iframe, object, embed, svg:not(.logo, .check), b, form'),
  ];
  const handlers = [...el.shadowRoot!.querySelectorAll('*')].flatMap((node) =>
    [...node.attributes].filter(({name}) => name.startsWith('on')).map(({name}) => name),
  );
  return [...nodes.map((node) => node.localName), ...handlers];
}

describe('<order-tracker> with hostile data', () => {
  let el: OrderTracker;
  beforeEach(async () => {
    (window as {__xss?: unknown}).__xss = undefined;
    el = await fixture<OrderTracker>(html`<order-tracker></order-tracker>`);
  });

  async function show(data: unknown, cainiaoUrl = '') {
    el.cainiaoUrl = cainiaoUrl;
    el.cainiao = 'always'; // the CAINIAO link too, whatever the payload's carrier
    el.data = data;
    await settled(el);
    await el.updateComplete;
  }

  describe('carrier text is text', () => {
    for (const markup of MARKUP) {
      it(`native: ${markup}`, async () => {
        await show({
          trackingNumber: `LP1${markup}`,
          latestTrackingNumber: `PG2${markup}`,
          carrier: {name: `Piggy${markup}`, phone: `+1 555 0100 ${markup}`},
          origin: `Origin${markup}`,
          destination: `Destination${markup}`,
          deliveryLocation: `Door${markup}`,
          events: [
            {
              time: '2026-11-20T10:00:00+08:00',
              description: `Arrived${markup}`,
              location: `Place${markup}`,
              trackingNumber: `PG2${markup}`,
            },
            {time: '2026-11-19T10:00:00+08:00', description: markup, location: markup},
          ],
        });
        await macrotask();
        expect(injected(el)).to.deep.equal([]);
        expect((window as {__xss?: unknown}).__xss).to.equal(undefined);
        // Numbers lose their spaces, as typed ones do; the rest stays text.
        expect(textOf(part(el, 'tracking-number'))).to.equal(`LP1${markup.replace(/\s/g, '')}`);
        expect(textOf(part(el, 'latest-tracking-number'))).to.equal(`PG2${markup.replace(/\s/g, '')}`);
        expect(textOf(part(el, 'carrier'))).to.contain(`Piggy${markup}`);
        expect(textOf(part(el, 'route')))
          .to.contain(`Origin${markup}`)
          .and.contain(`Door${markup}`);
        const events = parts(el, 'event').map(textOf);
        expect(events[0]).to.contain(`Arrived${markup}`).and.contain(`Place${markup}`);
        expect(events[1]).to.contain(markup);
      });
    }

    it('CAINIAO: desc, places, carrier and numbers', async () => {
      const markup = MARKUP.join(' ');
      await show({
        success: true,
        module: [
          {
            mailNo: `LP3${MARKUP[1]}`,
            copyRealMailNo: `9261${MARKUP[2]}`,
            originCountry: markup,
            destCountry: markup,
            destCpInfo: {cpName: `Cp${MARKUP[0]}`, phone: markup, url: 'https://carrier.example/'},
            detailList: [
              {
                time: 1795109400000,
                timeZone: 'GMT-8',
                desc: `<b>Import</b>${markup}`,
                standerdDesc: markup,
                actionCode: 'CC_IM_START',
              },
            ],
          },
        ],
      });
      await macrotask();
      expect(injected(el)).to.deep.equal([]);
      expect((window as {__xss?: unknown}).__xss).to.equal(undefined);
      expect(textOf(part(el, 'event'))).to.contain(`<b>Import</b>${markup}`);
      expect(textOf(part(el, 'carrier'))).to.contain(`Cp${MARKUP[0]}`);
    });
  });

  describe('URLs from the data follow the allow-list (docs/behaviour.md#links)', () => {
    const HOSTILE_URLS = [
      'javascript:window.__xss=1',
      'JaVaScRiPt:window.__xss=1',
      ' javascript:window.__xss=1',
      'java\tscript:window.__xss=1',
      'java\nscript:window.__xss=1',
      'java\rscript:window.__xss=1',
      'javascript\t:window.__xss=1',
      '\u0000javascript:window.__xss=1',
      '\u0001\u001f\u0008javascript:window.__xss=1',
      '\u2028javascript:window.__xss=1',
      'javascript\u2028:window.__xss=1',
      '\u2029JAVASCRIPT:window.__xss=1',
      '\ufeffjavascript:window.__xss=1',
      'data:text/html,<script>window.__xss=1</script>',
      'DaTa:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3M9MTwvc2NyaXB0Pg==',
      'vbscript:msgbox(1)',
      'VBScript:msgbox(1)',
      'jav&#x09;ascript:window.__xss=1',
      'javascript&colon;window.__xss=1',
      'file:///etc/passwd',
      'blob:https://evil.example/0b5d',
      'about:blank',
      'ftp://evil.example/',
    ];

    /** The same URL in every field of every format that carries one. */
    const payloads = (url: string): Record<string, unknown> => ({
      'native carrier.url': {
        trackingNumber: 'LP0000001',
        latestTrackingNumber: 'PG0000001',
        carrier: {name: 'PiggyShip', url},
        events: [{time: '2026-11-20T10:00:00+08:00', description: 'Arrived'}],
      },
      'CAINIAO destCpInfo.url': {
        success: true,
        module: [
          {
            mailNo: 'LP0000002',
            copyRealMailNo: 'PG0000002',
            destCpInfo: {cpName: 'PiggyShip', url},
            detailList: [{time: 1795109400000, timeZone: 'GMT-8', desc: 'Arrived', actionCode: 'CC_IM_START'}],
          },
        ],
      },
      'AfterShip courier_tracking_link': {
        tracking_number: 'AS0000003',
        slug: 'piggyship',
        courier_tracking_link: url,
        checkpoints: [{checkpoint_time: '2026-11-20T10:00:00+08:00', message: 'Arrived'}],
      },
      'AfterShip last_mile.courier_tracking_link': {
        tracking_number: 'AS0000004',
        slug: 'ubi',
        courier_tracking_link: url,
        last_mile: {tracking_number: 'PG0000004', slug: 'piggyship', courier_tracking_link: url},
        checkpoints: [{checkpoint_time: '2026-11-20T10:00:00+08:00', message: 'Arrived'}],
      },
      '17TRACK provider homepage': {
        number: 'YT0000005',
        track_info: {
          tracking: {
            providers: [
              {
                provider: {name: 'PiggyShip', homepage: url},
                events: [{time_iso: '2026-11-20T10:00:00+08:00', description: 'Arrived'}],
              },
            ],
          },
        },
      },
    });

    /** Links the widget may render: web pages and cleaned phone numbers only. */
    const SAFE = /^(https?:\/\/[^\s]+|tel:[\d+\-()]+)$/;

    it('renders a safe URL from each place (control: the test looks where links are)', async () => {
      const url = 'https://carrier.example/track?n=1';
      for (const [where, data] of Object.entries(payloads(url))) {
        await show(data, 'https://mirror.example/t?n={trackingNumber}');
        const hrefs = urlAttributes(el);
        expect(hrefs, where).to.include(url);
        expect(
          hrefs.filter((href) => href.startsWith('https://mirror.example/t?n=')),
          where,
        ).to.have.length.above(0);
      }
    });

    for (const url of HOSTILE_URLS) {
      it(`never renders ${JSON.stringify(url)}`, async () => {
        for (const [where, data] of Object.entries(payloads(url))) {
          // The cainiao-url attribute too, with and without the number placeholder.
          for (const cainiaoUrl of [url, `${url}{trackingNumber}`]) {
            await show(data, cainiaoUrl);
            expect(part(el, 'carrier'), where).to.exist;
            for (const href of urlAttributes(el))
              expect(href, `${where}, cainiao-url ${JSON.stringify(cainiaoUrl)}`).to.match(SAFE);
            expect(part(el, 'carrier-link'), where).to.equal(null);
            expect(part(el, 'carrier-website'), where).to.equal(null);
          }
        }
        expect((window as {__xss?: unknown}).__xss).to.equal(undefined);
      });
    }
  });
});
