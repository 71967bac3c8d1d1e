import {expect} from '@open-wc/testing';
import {en} from '../../src/i18n/messages.js';
import {withOverrides} from '../../src/i18n/overrides.js';
import {english, loadCatalogue} from './catalogues.js';

describe('strings: the shop’s own words', () => {
  it('lays a language’s words over the catalogue, groups entry by entry', () => {
    const strings = {en: {status: {in_transit: 'On its way'}, retry: 'Retry now'}};
    const m = withOverrides(english, strings, 'en') as typeof english;
    expect(m.status.in_transit).to.equal('On its way');
    expect(m.status.delivered).to.equal('Delivered');
    expect(m.retry).to.equal('Retry now');
    expect(english.status.in_transit, 'the built-in catalogue is untouched').to.equal('In transit');
  });

  it('"*" for every language; the language over it, the locale over both', async () => {
    const pt = await loadCatalogue('pt-BR');
    const strings = {'*': {copyDetails: 'Copy', retry: 'Again'}, pt: {retry: 'De novo'}, 'pt-br': {copied: 'Pronto'}};
    const m = withOverrides(pt, strings, 'pt-BR') as typeof pt;
    expect([m.copyDetails, m.retry, m.copied]).to.deep.equal(['Copy', 'De novo', 'Pronto']);
    expect(withOverrides(en, strings, 'en').retry).to.equal('Again');
  });

  it('words of the loaded view may be given before English has them', () => {
    const m = withOverrides(en, {en: {stageMeaning: {E: 'With customs'}}}, 'en') as unknown as typeof english;
    expect(m.stageMeaning.E).to.equal('With customs');
  });

  it('ignores what is not a non-empty string, and hostile objects', () => {
    const strings = {en: {retry: '', loading: 42, stepLabel: {A: null, B: 'Off'}, __proto__: {x: 1}}} as never;
    const m = withOverrides(en, strings, 'en');
    expect(m.retry).to.equal(en.retry);
    expect(m.loading).to.equal(en.loading);
    expect(m.stepLabel.A).to.equal(en.stepLabel.A);
    expect(m.stepLabel.B).to.equal('Off');
    const throwing = {
      get en() {
        throw new Error('no');
      },
    };
    expect(withOverrides(en, throwing as never, 'en')).to.equal(en);
  });

  it('gives the same object for the same inputs (views cache by catalogue)', () => {
    const strings = {en: {retry: 'Retry now'}};
    expect(withOverrides(en, strings, 'en')).to.equal(withOverrides(en, strings, 'en'));
    expect(withOverrides(en, undefined, 'en')).to.equal(en);
  });
});
