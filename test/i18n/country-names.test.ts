import {expect} from '@open-wc/testing';
import {countryName} from '../../src/i18n/country-names.js';
import {countryLabel} from '../../src/tracking/model/country-labels.js';
import {loadMessages, type Locale} from '../../src/i18n/locale.js';
import {allMessages} from '../../src/i18n/all-messages.js';
import {en as shellEnglish} from '../../src/i18n/messages.js';

/** A language's whole catalogue, as a loaded view has it. */
const catalogue = async (locale: Locale) => allMessages(await loadMessages(locale));
const en = allMessages(shellEnglish);

describe('countryName', () => {
  it('names a country of the route in the customer language', async () => {
    const fr = await catalogue('fr');
    expect(countryName('United States', 'fr', fr)).to.equal('États-Unis');
    expect(countryName('united states', 'fr', fr)).to.equal('États-Unis');
    expect(countryName('Germany', 'zh-CN', await catalogue('zh-CN'))).to.equal('德国');
    expect(countryName('United States of America', 'fr', fr), 'ISO 3166 name').to.equal('États-Unis');
    expect(countryName('Holland', 'de', await catalogue('de'))).to.equal('Niederlande');
  });

  it('says Mainland China in every language', async () => {
    expect(countryName('Mainland China', 'en', en)).to.equal('Mainland China');
    expect(countryName('Mainland China', 'de', await catalogue('de'))).to.equal('Festlandchina');
  });

  it('leaves English names and anything it does not know as written', async () => {
    expect(countryName('United States', 'en', en)).to.equal('United States');
    expect(countryName('Atlantis', 'fr', await catalogue('fr'))).to.equal('Atlantis');
    expect(countryName('Columbus, OH', 'es', await catalogue('es'))).to.equal('Columbus, OH');
  });

  it('names Hong Kong, Macao, Palestine and the Falklands the same in every engine, in every language', async () => {
    const expected: Record<Locale, string[]> = {
      en: ['Hong Kong', 'Macao', 'Palestinian Territories', 'Falkland Islands'],
      es: ['Hong Kong', 'Macao', 'Territorios Palestinos', 'Islas Malvinas'],
      fr: ['Hong Kong', 'Macao', 'Territoires palestiniens', 'Îles Malouines'],
      de: ['Hongkong', 'Macau', 'Palästinensische Gebiete', 'Falklandinseln'],
      'pt-BR': ['Hong Kong', 'Macau', 'Territórios Palestinos', 'Ilhas Malvinas'],
      'zh-CN': ['中国香港', '中国澳门', '巴勒斯坦领土', '福克兰群岛'],
      ar: ['هونغ كونغ', 'ماكاو', 'الأراضي الفلسطينية', 'جزر فوكلاند'],
    };
    // The English labels of the normalized tracking, and the names Intl itself gives in this engine.
    const labels = ['HK', 'MO', 'PS', 'FK'].map((code) => countryLabel(code)!);
    const intlNames = ['HK', 'MO', 'PS', 'FK'].map((code) => new Intl.DisplayNames(['en'], {type: 'region'}).of(code)!);
    for (const [locale, names] of Object.entries(expected) as [Locale, string[]][]) {
      const messages = locale === 'en' ? en : await catalogue(locale);
      expect(
        labels.map((label) => countryName(label, locale, messages)),
        locale,
      ).to.deep.equal(locale === 'en' ? labels : names);
      if (locale !== 'en') {
        expect(
          intlNames.map((name) => countryName(name, locale, messages)),
          `${locale} from Intl names`,
        ).to.deep.equal(names);
      }
    }
    expect(labels).to.deep.equal(expected.en);
  });
});
