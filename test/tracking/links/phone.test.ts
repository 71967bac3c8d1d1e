import {expect} from '@open-wc/testing';
import {cleanPhone, telHref} from '../../../src/tracking/links/phone.js';

describe('cleanPhone and telHref', () => {
  const cases: [unknown, string | undefined][] = [
    ['1-800-275-8777', '1-800-275-8777'],
    ['+1 (800) 275-8777', '+1 (800) 275-8777'],
    ['1-800-275-8777 (Mon-Fri 8am-8:30pm)', '1-800-275-8777'],
    ['Call us: 1 800 275 8777', '1 800 275 8777'],
    ['Hours 9-17, 1-800-275-8777', '1-800-275-8777'],
    ['8:00-20:30 1-800-275-8777', '1-800-275-8777'],
    ['Mon-Fri 8am-8pm: 800.275.8777', '8002758777'],
    ['8 a.m. to 5 p.m.: (020) 2266-8888', '(020) 2266-8888'],
    ['Tel: +86 20 2266 8888', '+86 20 2266 8888'],
    ['phone', undefined],
    ['12', undefined],
    ['1-2', undefined],
    ['', undefined],
    [18002758777, '18002758777'],
    [911, '911'],
    [12, undefined],
    [NaN, undefined],
    [null, undefined],
    [undefined, undefined],
    [{}, undefined],
    [['18002758777'], undefined],
    ['<a href="javascript:x">1-800-275-8777</a>', '1-800-275-8777'],
    // Spelled with letters, as on the carriers' own pages: dialled, never cut at the first letter.
    ['1-800-ASK-USPS', '1-800-275-8777'],
    ['USPS: 1-800-ASK-USPS', '1-800-275-8777'],
    ['1-800-GO-FEDEX', '1-800-46-33339'],
    ['+1-800-PICK-UPS', '+1-800-7425-877'],
    ['1-800-275-8777-EXT', '1-800-275-8777'],
    ['1-800-275-8777 MON-FRI', '1-800-275-8777'],
  ];
  for (const [value, phone] of cases) {
    it(`cleans ${JSON.stringify(value)} to ${JSON.stringify(phone)}`, () => {
      expect(cleanPhone(value)).to.equal(phone);
    });
  }

  it('makes tel: links without spaces', () => {
    expect(telHref('+1 (800) 275-8777')).to.equal('tel:+1(800)275-8777');
    expect(telHref('1-800-275-8777')).to.equal('tel:1-800-275-8777');
  });
});
