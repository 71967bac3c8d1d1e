import {expect, fixture, html} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import '../../src/define.js';
import type {OrderTracker} from '../../src/element/order-tracker.js';
import {parts, settled} from './helpers.js';
import {inCustoms} from './progress-fixtures.js';

// Forced colours can be emulated only through Chromium's protocol: the Firefox and WebKit runs
// leave out *.forced-colors.test.ts (README "Browser support").
describe('the progress bar', () => {
  describe('in forced colours (Windows high contrast)', () => {
    before(() => executeServerCommand('forced-colors', 'active'));
    after(() => executeServerCommand('forced-colors', 'none'));

    it('keeps the steps, connectors, current step and the log’s line visible', async () => {
      const el = await fixture<OrderTracker>(html`<order-tracker .data=${inCustoms}></order-tracker>`);
      await settled(el);
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const canvas = getComputedStyle(el.shadowRoot!.querySelector('.card')!).backgroundColor;
      const visibleBorder = (style: CSSStyleDeclaration, side: 'Top' | 'Left') =>
        parseFloat(style[`border${side}Width`]) >= 1 && style[`border${side}Color`] !== canvas;
      const steps = parts(el, 'stage');
      for (const step of steps) {
        expect(visibleBorder(getComputedStyle(step.querySelector('.dot')!), 'Top'), step.dataset.stage).to.equal(true);
      }
      for (const step of steps.slice(0, -1)) {
        const connector = getComputedStyle(step, '::after');
        expect(visibleBorder(connector, 'Left') || visibleBorder(connector, 'Top'), step.dataset.stage).to.equal(true);
      }
      const current = getComputedStyle(steps[4]!.querySelector('.dot')!);
      expect(current.outlineStyle, 'the current step stands out').to.equal('solid');
      const line = getComputedStyle(el.shadowRoot!.querySelector('.event')!, '::after');
      expect(visibleBorder(line, 'Left'), 'the log’s line').to.equal(true);
    });
  });
});
