import {expect} from '@open-wc/testing';
import {countryLabel} from '../../../src/tracking/model/country-labels.js';
import {ALPHA3_TO_ALPHA2} from '../../../src/tracking/model/iso-alpha3.js';

describe('countryLabel', () => {
  const cases: [string | undefined, string | undefined][] = [
    ['CN', 'Mainland China'],
    ['cn', 'Mainland China'],
    ['CHN', 'Mainland China'],
    ['China', 'Mainland China'],
    ['Mainland China', 'Mainland China'],
    ["People's Republic of China", 'Mainland China'],
    ['中国', 'Mainland China'],
    ['China Mainland', 'Mainland China'],
    ['China (Mainland)', 'Mainland China'],
    ['P.R. China', 'Mainland China'],
    ['PRC', 'Mainland China'],
    ['US', 'United States'],
    ['us', 'United States'],
    ['USA', 'United States'],
    ['usa', 'United States'],
    ['GB', 'United Kingdom'],
    ['GBR', 'United Kingdom'],
    ['DE', 'Germany'],
    ['BRA', 'Brazil'],
    ['HK', 'Hong Kong'],
    ['HKG', 'Hong Kong'],
    ['MO', 'Macao'],
    ['MAC', 'Macao'],
    ['PS', 'Palestinian Territories'],
    ['FLK', 'Falkland Islands'],
    ['AFG', 'Afghanistan'],
    ['AND', 'Andorra'],
    ['UKR', 'Ukraine'],
    ['ISR', 'Israel'],
    ['XKX', 'Kosovo'],
    ['TW', 'Taiwan'],
    ['United States', 'United States'],
    ['Columbus, OH', 'Columbus, OH'],
    ['Chinatown', 'Chinatown'],
    ['ZZ', undefined],
    ['XX', undefined],
    ['', undefined],
    [undefined, undefined],
  ];
  for (const [value, label] of cases) {
    it(`labels ${JSON.stringify(value)} as ${JSON.stringify(label)}`, () => {
      expect(countryLabel(value)).to.equal(label);
    });
  }

  it("labels English names however written, ISO 3166's own and other common ones, as their code is", () => {
    for (const [name, code] of [
      ['united states', 'US'],
      ['United States of America', 'US'],
      ['Viet Nam', 'VN'],
      ['Korea, Republic of', 'KR'],
      ['Russian Federation', 'RU'],
      ['Great Britain', 'GB'],
      ['Holland', 'NL'],
      ['The Netherlands', 'NL'],
      ['Netherlands, The', 'NL'],
      ['Bosnia and Herzegovina', 'BA'],
      ['Saint Lucia', 'LC'],
      ['Cote d’Ivoire', 'CI'],
      ['Hong Kong SAR China', 'HK'],
      ['Hong Kong, China', 'HK'],
      ['Hong Kong SAR', 'HK'],
      ['Macau, China', 'MO'],
    ]) {
      expect(countryLabel(name), name).to.equal(countryLabel(code));
      expect(countryLabel(name), name).not.to.equal(code);
    }
  });

  it('names every ISO 3166 alpha-3 code, never echoing the code', () => {
    const codes = Object.keys(ALPHA3_TO_ALPHA2);
    expect(codes.length).to.equal(250);
    for (const code of codes) {
      const label = countryLabel(code);
      expect(label, code).to.be.a('string');
      expect(label, code).to.not.equal(code);
      expect(label, code).to.not.match(/^[A-Z]{2,3}$/);
    }
  });
});
