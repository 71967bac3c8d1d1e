import {expect} from '@open-wc/testing';
import {fillTemplate} from '../../../src/net/url-template.js';
import {cainiaoTrackingUrl, carrierTrackingUrl} from '../../../src/tracking/links/tracking-links.js';

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
