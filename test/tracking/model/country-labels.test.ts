import {expect} from '@open-wc/testing';
import {countryLabel} from '../../../src/tracking/model/country-labels.js';

describe('countryLabel', () => {
  const cases: [string | undefined, string | undefined][] = [
    ['CN', 'Mainland China'],
    ['cn', 'Mainland China'],
    ['CHN', 'Mainland China'],
    ['China', 'Mainland China'],
    ['Mainland China', 'Mainland China'],
    ["People's Republic of China", 'Mainland China'],
    ['中国', 'Mainland China'],
    ['US', 'United States'],
    ['us', 'United States'],
    ['USA', 'United States'],
    ['usa', 'United States'],
    ['GB', 'United Kingdom'],
    ['GBR', 'United Kingdom'],
    ['DE', 'Germany'],
    ['BRA', 'Brazil'],
    ['HK', 'Hong Kong'],
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
});
