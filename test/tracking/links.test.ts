import {expect} from '@open-wc/testing';
import {
  cainiaoTrackingUrl,
  carrierTrackingUrl,
  cleanPhone,
  knownCarrier,
  safeUrl,
  telHref,
} from '../../src/tracking/links.js';
import {fillTemplate} from '../../src/net/url-template.js';

describe('links', () => {
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

  describe('carrierTrackingUrl', () => {
    it('builds the four known templates', () => {
      expect(carrierTrackingUrl({code: 'usps'}, '9400111206213456789012')).to.equal(
        'https://tools.usps.com/go/TrackConfirmAction?tLabels=9400111206213456789012',
      );
      expect(carrierTrackingUrl({name: 'UPS'}, '1Z999AA10123456784')).to.equal(
        'https://www.ups.com/track?tracknum=1Z999AA10123456784',
      );
      expect(carrierTrackingUrl({name: 'FedEx'}, '123456789012')).to.equal(
        'https://www.fedex.com/fedextrack/?trknbr=123456789012',
      );
      expect(carrierTrackingUrl({code: 'dhl'}, 'JD014600003828392541')).to.equal(
        'https://www.dhl.com/global-en/home/tracking.html?tracking-id=JD014600003828392541',
      );
    });

    it('URL-encodes the number (spaces, &, /, #)', () => {
      expect(carrierTrackingUrl({code: 'usps'}, '94 00&x=1/2#y')).to.equal(
        'https://tools.usps.com/go/TrackConfirmAction?tLabels=94%2000%26x%3D1%2F2%23y',
      );
      expect(carrierTrackingUrl({code: 'ups'}, 'A B')).to.equal('https://www.ups.com/track?tracknum=A%20B');
      expect(carrierTrackingUrl({code: 'fedex'}, 'a/b')).to.equal('https://www.fedex.com/fedextrack/?trknbr=a%2Fb');
      expect(carrierTrackingUrl({code: 'dhl'}, 'a&b')).to.equal(
        'https://www.dhl.com/global-en/home/tracking.html?tracking-id=a%26b',
      );
    });

    it('prefers the known template over the data link', () => {
      expect(carrierTrackingUrl({name: 'USPS', url: 'https://evil.example/track'}, '1')).to.equal(
        'https://tools.usps.com/go/TrackConfirmAction?tLabels=1',
      );
    });

    it('falls back to a safe data link, never to a homepage', () => {
      expect(carrierTrackingUrl({name: 'PiggyShip', url: 'https://piggy.example/t/42'}, '42')).to.equal(
        'https://piggy.example/t/42',
      );
      expect(carrierTrackingUrl({name: 'PiggyShip', url: 'javascript:alert(1)'}, '42')).to.equal(undefined);
      const withHomepage = {name: 'PiggyShip', homepage: 'https://piggy.example/'};
      expect(carrierTrackingUrl(withHomepage, '42')).to.equal(undefined);
    });

    it('gives nothing without a carrier or a number', () => {
      expect(carrierTrackingUrl(undefined, '42')).to.equal(undefined);
      expect(carrierTrackingUrl({code: 'usps'}, '')).to.equal(undefined);
      expect(carrierTrackingUrl({code: 'usps'}, undefined)).to.equal(undefined);
    });
  });

  describe('safeUrl', () => {
    const hostile = [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      'java\rscript:alert(1)',
      '\u0001javascript:alert(1)',
      '\u0000\u001fjavascript:alert(1)',
      '   javascript:alert(1)',
      '\u2028javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      'ftp://example.com/file',
      'blob:https://example.com/uuid',
      '/relative/path',
      'track?n=1',
      '//example.com/no-scheme',
      '',
      '   ',
      'https://',
    ];
    for (const value of hostile) {
      it(`drops ${JSON.stringify(value)}`, () => {
        expect(safeUrl(value)).to.equal(undefined);
      });
    }

    it('drops values that are not strings', () => {
      for (const value of [null, undefined, 42, {}, [], true, new URL('https://example.com/')]) {
        expect(safeUrl(value), String(value)).to.equal(undefined);
      }
    });

    it('keeps http and https, normalized', () => {
      expect(safeUrl('https://example.com/track?n=1')).to.equal('https://example.com/track?n=1');
      expect(safeUrl('HTTP://Example.COM')).to.equal('http://example.com/');
      expect(safeUrl('  https://example.com/a b  ')).to.equal('https://example.com/a%20b');
    });

    it('resolves relative URLs against a base, still only http(s)', () => {
      expect(safeUrl('/track?n=1', 'https://shop.example/orders/')).to.equal('https://shop.example/track?n=1');
      expect(safeUrl('javascript:alert(1)', 'https://shop.example/')).to.equal(undefined);
      expect(safeUrl('x', 'not a base')).to.equal(undefined);
    });
  });

  describe('cainiaoTrackingUrl', () => {
    it('uses the CAINIAO page by default, number encoded', () => {
      expect(cainiaoTrackingUrl('LP00612345678901')).to.equal(
        'https://global.cainiao.com/newDetail.htm?mailNoList=LP00612345678901',
      );
      expect(cainiaoTrackingUrl('LP 1&2')).to.equal('https://global.cainiao.com/newDetail.htm?mailNoList=LP%201%262');
    });

    it('fills a custom template, resolved against the page', () => {
      expect(cainiaoTrackingUrl('LP1', 'https://track.shop.example/{trackingNumber}?x={trackingNumber}')).to.equal(
        'https://track.shop.example/LP1?x=LP1',
      );
      expect(cainiaoTrackingUrl('LP/1', '/track/{trackingNumber}', 'https://shop.example/orders/7')).to.equal(
        'https://shop.example/track/LP%2F1',
      );
    });

    it('refuses a template that is not http(s)', () => {
      expect(cainiaoTrackingUrl('LP1', 'javascript:alert("{trackingNumber}")')).to.equal(undefined);
      expect(cainiaoTrackingUrl('LP1', '/track/{trackingNumber}')).to.equal(undefined);
    });

    it('cannot be broken out of by the number', () => {
      expect(fillTemplate('https://a.example/?n={trackingNumber}', '1#"><x')).to.equal(
        'https://a.example/?n=1%23%22%3E%3Cx',
      );
    });
  });

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
});
