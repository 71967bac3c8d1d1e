import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import '../../src/define.js';
import {LOCALES} from '../../src/i18n/locale.js';
import type {OrderTracker} from '../../src/element/order-tracker.js';
import {part, parts, settled, spokenText, textOf} from './helpers.js';
import {loadCatalogue} from '../i18n/catalogues.js';
import {loadFixture} from '../fixtures.js';
import {inCustoms} from './progress-fixtures.js';

describe('the progress bar', () => {
  it('names each step with its place, short label and state', async () => {
    const el = await fixture<OrderTracker>(html`<order-tracker .data=${inCustoms}></order-tracker>`);
    await settled(el);
    const names = parts(el, 'stage').map((step) => spokenText(step.querySelector('button')));
    expect(names).to.deep.equal([
      'Step 1 of 8, Prepared: done',
      'Step 2 of 8, Shipped: done',
      'Step 3 of 8, Export: done',
      'Step 4 of 8, International: done',
      'Step 5 of 8, Customs clearance: current',
      'Step 6 of 8, In your country: upcoming',
      'Step 7 of 8, Sorting: upcoming',
      'Step 8 of 8, Delivery: upcoming',
    ]);
    const buttons = parts(el, 'stage').map((step) => step.querySelector('button')!);
    expect(buttons.some((button) => button.hasAttribute('aria-pressed') || button.hasAttribute('aria-label'))).to.equal(
      false,
    );
    // Done shows a check, not only a colour.
    expect(parts(el, 'stage')[0]!.querySelector('.dot svg')).to.exist;
    expect(parts(el, 'stage')[5]!.querySelector('.dot svg')).to.equal(null);
  });

  it('explains a chosen step in its tense: done with its date, upcoming as next', async () => {
    const el = await fixture<OrderTracker>(html`<order-tracker .data=${inCustoms}></order-tracker>`);
    await settled(el);
    const description = () => textOf(part(el, 'stage-description'));
    expect(description()).to.contain('Customs in your country is processing it');
    parts(el, 'stage')[2]!.querySelector('button')!.click();
    await el.updateComplete;
    expect(description()).to.contain('Done on Nov 4: it left the shipping facility and cleared export customs.');
    parts(el, 'stage')[7]!.querySelector('button')!.click();
    await el.updateComplete;
    expect(description()).to.contain('Next: the local delivery company brings it to your door.');
    expect(description()).not.to.contain('delivered');
  });

  describe('labels never overlap nor leave the element, in any language, 320–1280 px', () => {
    let delivered: unknown;
    before(async () => (delivered = await loadFixture('native-delivered')));
    afterEach(() => document.documentElement.style.removeProperty('font-size'));

    /** The boxes of a label's painted text, line by line. */
    function textBoxes(label: Element): DOMRect[] {
      const range = document.createRange();
      range.selectNodeContents(label);
      return [...range.getClientRects()].filter((box) => box.width > 0);
    }

    const overlap = (a: DOMRect, b: DOMRect) =>
      a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;

    function problems(el: OrderTracker, width: string): string[] {
      const host = el.getBoundingClientRect();
      const labels = parts(el, 'stage').map((step) => step.querySelector('.step-label')!);
      const boxes = labels.map(textBoxes);
      const found: string[] = [];
      boxes.forEach((own, i) => {
        for (const box of own) {
          if (box.left < host.left - 0.5 || box.right > host.right + 0.5)
            found.push(`${width}: ${textOf(labels[i]!)} leaves`);
          boxes.forEach((other, j) => {
            if (j > i && other.some((box2) => overlap(box, box2))) {
              found.push(`${width}: ${textOf(labels[i]!)} × ${textOf(labels[j]!)}`);
            }
          });
        }
      });
      return found;
    }

    for (const locale of LOCALES) {
      it(locale, async () => {
        const messages = await loadCatalogue(locale);
        const wrapper = await fixture<HTMLDivElement>(
          html`<div><order-tracker lang=${locale} .data=${delivered}></order-tracker></div>`,
        );
        const el = wrapper.querySelector('order-tracker')!;
        await waitUntil(() => textOf(part(el, 'status')) === messages.status.delivered, 'not in its language');
        const found: string[] = [];
        for (let width = 320; width <= 1280; width += 40) {
          wrapper.style.width = `${width}px`;
          found.push(...problems(el, `${width}px`));
        }
        // A narrow page with large fonts.
        document.documentElement.style.fontSize = '24px';
        wrapper.style.width = '320px';
        found.push(...problems(el, '320px at 24px'));
        expect(el.getBoundingClientRect().width, 'the card keeps its box').to.equal(320);
        expect(found).to.deep.equal([]);
      });
    }
  });
});
