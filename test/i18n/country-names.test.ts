import {expect} from '@open-wc/testing';
import {countryName} from '../../src/i18n/country-names.js';
import {loadMessages} from '../../src/i18n/locale.js';
import {en} from '../../src/i18n/messages.js';

describe('countryName', () => {
  it('names a country of the route in the customer language', async () => {
    const fr = await loadMessages('fr');
    expect(countryName('United States', 'fr', fr)).to.equal('États-Unis');
    expect(countryName('united states', 'fr', fr)).to.equal('États-Unis');
    expect(countryName('Germany', 'zh-CN', await loadMessages('zh-CN'))).to.equal('德国');
  });

  it('says Mainland China in every language', async () => {
    expect(countryName('Mainland China', 'en', en)).to.equal('Mainland China');
    expect(countryName('Mainland China', 'de', await loadMessages('de'))).to.equal('Festlandchina');
  });

  it('leaves English names and anything it does not know as written', async () => {
    expect(countryName('United States', 'en', en)).to.equal('United States');
    expect(countryName('Atlantis', 'fr', await loadMessages('fr'))).to.equal('Atlantis');
    expect(countryName('Columbus, OH', 'es', await loadMessages('es'))).to.equal('Columbus, OH');
  });
});
