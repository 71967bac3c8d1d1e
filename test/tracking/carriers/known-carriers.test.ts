import {expect} from '@open-wc/testing';
import {knownCarrier} from '../../../src/tracking/carriers/known-carriers.js';

describe('knownCarrier', () => {
  const cases: [string, string | undefined][] = [
    ['usps', 'USPS'],
    ['USPS', 'USPS'],
    [' usps ', 'USPS'],
    ['United States Postal Service', 'USPS'],
    ['U.S. Postal Service', 'USPS'],
    ['ups', 'UPS'],
    ['UPS', 'UPS'],
    ['UPS Mail Innovations', 'UPS'],
    ['United Parcel Service', 'UPS'],
    ['fedex', 'FedEx'],
    ['FedEx Ground', 'FedEx'],
    ['Fed-Ex', 'FedEx'],
    ['fedex_ground', 'FedEx'],
    ['Federal Express', 'FedEx'],
    ['dhl', 'DHL'],
    ['DHL Express', 'DHL'],
    ['dhl_express', 'DHL'],
    ['dhl-ecommerce', 'DHL'],
    ['PiggyShip', undefined],
    ['Japan Postal Service', undefined],
    ['Israel Postal Service', undefined],
    ['YunExpress', undefined],
    ['', undefined],
    ['startups', undefined],
  ];
  for (const [value, name] of cases) {
    it(`recognises ${JSON.stringify(value)} as ${name ?? 'no known carrier'}`, () => {
      expect(knownCarrier(value)?.name).to.equal(name);
    });
  }

  it('does not confuse UPS and USPS in either direction', () => {
    expect(knownCarrier('usps')?.name).to.equal('USPS');
    expect(knownCarrier('ups')?.name).to.equal('UPS');
    expect(knownCarrier('USPS Ground Advantage')?.name).to.equal('USPS');
  });

  it('checks the code, then the name, skipping missing ones', () => {
    expect(knownCarrier(undefined, 'United States Postal Service')?.name).to.equal('USPS');
    expect(knownCarrier('piggy', 'DHL eCommerce')?.name).to.equal('DHL');
    expect(knownCarrier(undefined, undefined)).to.equal(undefined);
  });
});
