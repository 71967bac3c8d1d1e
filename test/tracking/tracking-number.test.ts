import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {fillTemplate} from '../../src/net/url-template.js';
import {
  isAcceptedTrackingNumber,
  normalizeTrackingNumber,
  readTrackingNumber,
  splitTrackingNumbers,
} from '../../src/tracking/tracking-number.js';

describe('tracking numbers', () => {
  it('removes whitespace and invisible format characters', () => {
    expect(normalizeTrackingNumber(' LP 0012\t3456\n')).to.equal('LP00123456');
    expect(normalizeTrackingNumber('LP\u200b001\u200d23\ufeff45\u2060\u200e')).to.equal('LP0012345');
  });

  it('accepts 5 to 50 letters, digits and hyphens once normalized', () => {
    for (const raw of [
      'LP001',
      'LP00123456789012',
      '9400-1000-0000',
      ` ${'A'.repeat(50)} `,
      'lp\u200b00123',
      'ÄÖ12345',
    ]) {
      expect(readTrackingNumber(raw), raw).to.deep.equal({ok: true, number: normalizeTrackingNumber(raw)});
    }
  });

  it('takes letters of any script, composed, and percent-encodes them in the URL', () => {
    expect(readTrackingNumber('A\u0308O\u0308-12345')).to.deep.equal({ok: true, number: 'ÄÖ-12345'});
    expect(fillTemplate('/api/{trackingNumber}', 'ÄÖ-12345')).to.equal('/api/%C3%84%C3%96-12345');
    // Digits are 0–9 only: other scripts' digits and marks on their own are no part of a number.
    for (const raw of ['LP٠١٢٣٤', 'LP\u0308\u0308\u0308', 'LP12345²']) {
      expect(readTrackingNumber(raw).ok, raw).to.equal(false);
    }
  });

  it('refuses anything that could leave its placeholder, naming what was typed', () => {
    for (const raw of ['..', '../admin', 'LP<b>1', '%2e%2e', '   ', 'LP"001"', "LP'0012", 'LP001?x=1', 'LP001#top']) {
      expect(readTrackingNumber(raw), raw).to.deep.equal({ok: false, typed: raw.trim()});
    }
  });

  it('refuses numbers shorter than 5 or longer than 50 characters', () => {
    expect(isAcceptedTrackingNumber('LP01')).to.equal(false);
    expect(isAcceptedTrackingNumber('A'.repeat(51))).to.equal(false);
    expect(isAcceptedTrackingNumber('LP001/2')).to.equal(false);
    expect(isAcceptedTrackingNumber('LP001.2')).to.equal(false);
  });

  it('splits several numbers at commas and new lines, skipping empty parts', () => {
    expect(splitTrackingNumbers('LP001, LP002\r\nLP003\n\n LP004 ,\u200b,')).to.deep.equal([
      'LP001',
      ' LP002',
      'LP003',
      ' LP004 ',
    ]);
  });

  it('a semicolon separates nothing: it stays in the number, which is then refused', () => {
    const [only, ...rest] = splitTrackingNumbers('LP00123456;LP00765432');
    expect(rest).to.deep.equal([]);
    expect(readTrackingNumber(only!)).to.deep.equal({ok: false, typed: 'LP00123456;LP00765432'});
  });

  it('never lets an accepted number leave its placeholder in a URL (property-based)', () => {
    const templates = [
      'https://shop.example/api/tracking/{trackingNumber}/detail',
      'https://shop.example/api/track?n={trackingNumber}&lang=en',
      '/tracking/{trackingNumber}',
    ];
    // Anything typed: printable ASCII with the characters that break URLs, invisible characters, other scripts.
    const typed = fc.string({
      unit: fc.oneof(
        fc.constantFrom(
          '.',
          '/',
          '\\',
          '%',
          '?',
          '#',
          '&',
          '=',
          '@',
          ':',
          '"',
          "'",
          '<',
          '>',
          ' ',
          '\t',
          '\u200b',
          '\u202e',
        ),
        fc.constantFrom('2', 'e', 'E', 'L', 'P', '-', '0', '9'),
        fc.string({unit: 'grapheme', minLength: 1, maxLength: 1}),
      ),
      maxLength: 60,
    });
    // Numbers that pass, with spaces and zero-width characters between their characters, so many runs reach the URL.
    const acceptable = fc
      .tuple(fc.stringMatching(/^[A-Za-z0-9-]{5,50}$/), fc.constantFrom(' ', '\u200b', '\u2060', '\ufeff', ''))
      .map(([number, invisible]) => [...number].join(invisible));
    let accepted = 0;
    fc.assert(
      fc.property(fc.oneof(typed, acceptable), fc.constantFrom(...templates), (raw, template) => {
        const reading = readTrackingNumber(raw);
        if (!reading.ok) return;
        accepted++;
        const url = new URL(fillTemplate(template, reading.number), 'https://shop.example/');
        const [before, after] = template.split('{trackingNumber}');
        const base = new URL(before, 'https://shop.example/');
        // The URL still starts with the template's text before the placeholder, the number is
        // one path segment or query value of its own, and what follows is untouched.
        expect(url.origin).to.equal(base.origin);
        expect(decodeURIComponent(url.href)).to.equal(
          decodeURIComponent(new URL(before + reading.number + after, base).href),
        );
        if (before.includes('?')) {
          expect(url.searchParams.get('n')).to.equal(reading.number);
        } else {
          expect(url.pathname.startsWith(base.pathname)).to.equal(true);
          // One segment: letters beyond A–Z are percent-encoded in it.
          expect(decodeURIComponent(url.pathname.slice(base.pathname.length).split('/')[0]!)).to.equal(reading.number);
          expect(url.search).to.equal('');
          expect(url.hash).to.equal('');
        }
      }),
      {numRuns: 2000},
    );
    expect(accepted).to.be.above(500);
  });
});
