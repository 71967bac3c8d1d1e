import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {setViewport} from '@web/test-runner-commands';
import '../../src/define.js';
import {LOCALES} from '../../src/i18n/locale.js';
import {loadCatalogue} from '../i18n/catalogues.js';
import type {OrderTracker} from '../../src/element/order-tracker.js';
import {loadFixture} from '../fixtures.js';

const part = (el: OrderTracker, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;
const textOf = (node: Element | null) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const card = (el: OrderTracker) => el.shadowRoot!.querySelector<HTMLElement>('.card')!;

describe('<order-tracker> languages', () => {
  let delivered: unknown;
  before(async () => (delivered = await loadFixture('native-delivered')));

  for (const locale of LOCALES) {
    it(`${locale}: writes its own strings in that language and direction`, async () => {
      const messages = await loadCatalogue(locale);
      const el = await fixture<OrderTracker>(html`<order-tracker lang=${locale} .data=${delivered}></order-tracker>`);
      await waitUntil(() => textOf(part(el, 'status')) === messages.status.delivered, `no ${locale} status`);
      expect(textOf(part(el, 'copy-button'))).to.equal(messages.copyDetails);
      expect(textOf(part(el, 'stage-description'))).to.contain(messages.arrival.delivered);
      expect(card(el).dir).to.equal(locale === 'ar' ? 'rtl' : 'ltr');
      expect(card(el).lang).to.equal(locale);
      // Carrier text is shown as given, never translated.
      expect(textOf(el.shadowRoot!.querySelector('[part="event"]'))).to.contain('Delivered, in/at mailbox');
      await expect(el).to.be.accessible();
    });
  }

  it('takes the language of the nearest ancestor with lang, and follows a change at run time', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="de-AT"><order-tracker .data=${delivered}></order-tracker></div>`,
    );
    const el = wrapper.querySelector('order-tracker')!;
    await waitUntil(() => textOf(part(el, 'status')) === 'Zugestellt', 'not German');
    const portuguese = await loadCatalogue('pt-BR');
    wrapper.lang = 'pt-PT';
    await waitUntil(() => textOf(part(el, 'copy-button')) === portuguese.copyDetails, 'not Portuguese');
    el.lang = 'fr';
    await waitUntil(() => textOf(part(el, 'status')) === 'Livré', 'own lang does not win');
  });

  it("follows lang on an ancestor inside another component's shadow root", async () => {
    const other = await fixture<HTMLDivElement>(html`<div></div>`);
    const section = document.createElement('section');
    section.lang = 'de';
    const el = document.createElement('order-tracker');
    el.data = delivered;
    section.append(el);
    other.attachShadow({mode: 'open'}).append(section);
    await waitUntil(() => textOf(part(el, 'status')) === 'Zugestellt', 'not German');
    section.lang = 'fr';
    await waitUntil(() => textOf(part(el, 'status')) === 'Livré', 'the change inside the shadow root not followed');
  });

  it('names the countries of the route in the language, carrier places as written', async () => {
    const el = await fixture<OrderTracker>(html`<order-tracker lang="de" .data=${delivered}></order-tracker>`);
    await waitUntil(() => textOf(part(el, 'status')) === 'Zugestellt', 'not German');
    expect(textOf(part(el, 'route')))
      .to.contain('Festlandchina')
      .and.contain('Vereinigte Staaten')
      .and.contain('Columbus, OH');
    const cainiao = await fixture<OrderTracker>(
      html`<order-tracker lang="es" .data=${await loadFixture('cainiao-in-transit')}></order-tracker>`,
    );
    await waitUntil(() => textOf(part(cainiao, 'status')) !== '', 'not rendered');
    expect(textOf(part(cainiao, 'route')))
      .to.contain('China continental')
      .and.contain('Estados Unidos');
  });

  it('leaves the lang attribute of its host alone', async () => {
    const el = await fixture<OrderTracker>(html`<order-tracker .data=${delivered}></order-tracker>`);
    await el.updateComplete;
    expect(el.hasAttribute('lang')).to.equal(false);
    el.lang = 'de';
    await waitUntil(() => textOf(part(el, 'status')) === 'Zugestellt', 'property lang ignored');
    expect(el.hasAttribute('lang')).to.equal(false);
  });

  it('falls back to English for a language it does not have', async () => {
    const el = await fixture<OrderTracker>(html`<order-tracker lang="ja" .data=${delivered}></order-tracker>`);
    await el.updateComplete;
    expect(textOf(part(el, 'status'))).to.equal('Delivered');
  });

  describe('right to left', () => {
    after(() => setViewport({width: 800, height: 600}));

    it('mirrors the wide layout: CAINIAO on the left of the log, progress running right to left', async () => {
      await setViewport({width: 1280, height: 900});
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: 900px"><order-tracker lang="ar" .data=${delivered}></order-tracker></div>`,
      );
      const el = wrapper.querySelector('order-tracker')!;
      await waitUntil(() => card(el).dir === 'rtl');
      const log = part(el, 'timeline').getBoundingClientRect();
      const cainiao = part(el, 'cainiao').getBoundingClientRect();
      expect(cainiao.right).to.be.at.most(log.left);
      const [a, h] = ['A', 'H'].map((stage) =>
        el.shadowRoot!.querySelector(`[data-stage="${stage}"]`)!.getBoundingClientRect(),
      );
      expect(a.left).to.be.greaterThan(h.left);
      // Tracking numbers stay left-to-right runs.
      expect(part(el, 'tracking-number').dir).to.equal('ltr');
    });

    it('keeps carrier text in its own reading order, aligned to the right', async () => {
      const data = {
        trackingNumber: 'LP1',
        events: [{time: '2026-11-24T23:00:00-08:00', description: '[Los Angeles] Arrived at delivery station'}],
      };
      const el = await fixture<OrderTracker>(html`<order-tracker lang="ar" .data=${data}></order-tracker>`);
      await waitUntil(() => card(el).dir === 'rtl');
      const description = el.shadowRoot!.querySelector('.event-description')!;
      const text = description.firstChild!;
      const box = (start: number) => {
        const range = document.createRange();
        range.setStart(text, start);
        range.setEnd(text, start + 1);
        return range.getBoundingClientRect();
      };
      // Events lay out when in view (content-visibility); WebKit measures unlaid text as 0×0.
      await waitUntil(() => box(0).width > 0, 'the event text is laid out');
      const bracket = box(0);
      const arrived = box('[Los Angeles] '.length);
      expect(bracket.left).to.be.lessThan(arrived.left);
      // Right-aligned like the rest of the Arabic card.
      expect(Math.round(box(description.textContent!.length - 1).right)).to.equal(
        Math.round(description.getBoundingClientRect().right),
      );
    });
  });
});
