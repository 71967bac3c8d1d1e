import {expect} from '@open-wc/testing';
import {readUrlNumbers, withUrlNumbers, writePageNumbers} from '../../src/net/page-url.js';

describe('page URL numbers', () => {
  it('reads one or several numbers of the named parameter', () => {
    expect(readUrlNumbers('https://shop.example/track?tracking=LP00123456789012', 'tracking')).to.deep.equal([
      'LP00123456789012',
    ]);
    expect(readUrlNumbers('https://shop.example/track?utm_source=mail&tracking=LP001,LP002', 'tracking')).to.deep.equal(
      ['LP001', 'LP002'],
    );
    // Encoded commas, a repeated parameter and empty parts, as mail clients and shops write them.
    expect(readUrlNumbers('https://shop.example/?tracking=LP001%2CLP002&tracking=LP003,', 'tracking')).to.deep.equal([
      'LP001',
      'LP002',
      'LP003',
    ]);
  });

  it('reads nothing without the parameter, without a name or from a broken URL', () => {
    expect(readUrlNumbers('https://shop.example/track?utm_source=mail', 'tracking')).to.deep.equal([]);
    expect(readUrlNumbers('https://shop.example/track?tracking=LP001', '')).to.deep.equal([]);
    expect(readUrlNumbers('not a url', 'tracking')).to.deep.equal([]);
  });

  it('writes the numbers, keeping every other parameter byte for byte, and the fragment', () => {
    const href = 'https://shop.example/track?utm_source=mail&utm_campaign=spring%20sale&q=a+b#top';
    expect(withUrlNumbers(href, 'tracking', ['LP001', 'LP002'])).to.equal(
      'https://shop.example/track?utm_source=mail&utm_campaign=spring%20sale&q=a+b&tracking=LP001,LP002#top',
    );
  });

  it('replaces earlier values of the parameter, and removes it for no numbers', () => {
    const href = 'https://shop.example/track?tracking=OLD01&utm_source=mail&tracking=OLD02';
    expect(withUrlNumbers(href, 'tracking', ['LP001'])).to.equal(
      'https://shop.example/track?utm_source=mail&tracking=LP001',
    );
    expect(withUrlNumbers('https://shop.example/track?tracking=OLD01', 'tracking', [])).to.equal(
      'https://shop.example/track',
    );
  });

  it('leaves parameters that only start with the same name alone', () => {
    expect(withUrlNumbers('https://shop.example/?tracking_id=7&trackingx=1', 'tracking', ['LP001'])).to.equal(
      'https://shop.example/?tracking_id=7&trackingx=1&tracking=LP001',
    );
  });

  it('writes the page URL with replaceState: no new history entry, the state kept', () => {
    const before = location.href;
    const length = history.length;
    history.replaceState({kept: true}, '', '?utm_source=mail');
    try {
      writePageNumbers('tracking', ['LP001', 'LP002']);
      expect(location.search).to.equal('?utm_source=mail&tracking=LP001,LP002');
      expect(history.length).to.equal(length);
      expect(history.state).to.deep.equal({kept: true});
    } finally {
      history.replaceState(null, '', before);
    }
  });
});
