import {expect} from '@open-wc/testing';
import {safeUrl} from '../../../src/tracking/links/safe-url.js';

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

  it('refuses URLs with a user name or password, which can hide the real host', () => {
    for (const value of [
      'http://user:pass@host.example/',
      'https://user@host.example/track',
      'https://shop.example@evil.example/',
      'https://:secret@host.example/',
      '//user:pass@host.example/',
    ]) {
      expect(safeUrl(value, 'https://shop.example/'), value).to.equal(undefined);
    }
    expect(safeUrl('https://host.example/track?user=a@b')).to.equal('https://host.example/track?user=a@b');
  });
});
