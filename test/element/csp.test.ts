import {expect, waitUntil} from '@open-wc/testing';
import {macrotask, openTrackerPage, part, parts, sleep, textOf} from './helpers.js';

const openPage = (query = '') => openTrackerPage(`/test/pages/csp.html${query}`);

describe('under a strict Content Security Policy with Trusted Types', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('the page is served with the policy, and the policy reports (control)', async () => {
    const response = await fetch('/test/pages/csp.html');
    expect(response.headers.get('content-security-policy')).to.equal(
      "default-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'",
    );
    const {win} = await openPage('?control');
    await waitUntil(() => win.cspViolations!.length >= 2, 'no violation reported');
    expect(win.cspViolations!.join('\n')).to.contain('style-src').and.contain('require-trusted-types-for');
  });

  it('renders through src and through data with zero violations', async () => {
    const {win, tracker} = await openPage();
    const fromSrc = tracker('from-src');
    const fromData = tracker('from-data');
    await waitUntil(() => part(fromSrc, 'status') && part(fromData, 'status'), 'not rendered', {timeout: 5000});
    expect(textOf(part(fromSrc, 'status'))).to.equal('Delivered');
    expect(textOf(part(fromData, 'status'))).to.equal('Customs clearance');
    for (const el of [fromSrc, fromData]) {
      expect(parts(el, 'event').length).to.be.above(3);
      expect(part(el, 'cainiao')!.querySelector('svg')).to.exist;
      // Styled: the adopted style sheets applied, not blocked.
      expect(getComputedStyle(part(el, 'copy-button')!).borderRadius).not.to.equal('0px');
      expect(el.shadowRoot!.querySelector('[style]'), 'no inline style attribute').to.equal(null);
      expect(el.shadowRoot!.querySelector('img'), 'no external image').to.equal(null);
    }
    // Interactions: choosing a stage, copying (its fallback writes CSSOM, never a style attribute).
    fromData.shadowRoot!.querySelector<HTMLButtonElement>('.step-button')!.click();
    part(fromData, 'copy-button')!.click();
    part(fromSrc, 'copy-number-button')!.click();
    await sleep(100);
    await macrotask();
    expect(win.cspViolations).to.deep.equal([]);
  });
});
