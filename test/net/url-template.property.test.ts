import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {trackingRequest} from '../../src/net/url-template.js';
import {TrackingError} from '../../src/tracking/tracking-error.js';

const TEMPLATE = 'https://shop.example/api/tracking/{trackingNumber}/detail?lang=en';

/** Characters that try to leave a placeholder, beside ordinary and invisible ones. */
const HOSTILE = [...'./\\?#%&=;:@"\'<> \t\n', '\u200b', '\u2060', '\ufeff', '\u202e', '\u00a0', '\uff0e', '\uff0f'];
const typed = fc.oneof(
  fc.string({unit: fc.constantFrom(...HOSTILE, 'L', 'P', '0', '9', '-'), maxLength: 60}),
  fc.string({unit: 'grapheme', maxLength: 60}),
  fc.constantFrom('..', '.', '%2e%2e', '%2E.', '.%2e', '..%2f', '\u200b..\u200b'),
);

describe('trackingRequest (property-based)', () => {
  it('never builds a URL outside its placeholder: refused, or one path segment of the number', () => {
    fc.assert(
      fc.property(typed, (raw) => {
        let request;
        try {
          request = trackingRequest(TEMPLATE, raw);
        } catch (error) {
          expect(error).to.be.instanceOf(TrackingError);
          expect((error as TrackingError).kind).to.equal('invalid');
          return;
        }
        const url = new URL(request.url);
        expect(url.origin).to.equal('https://shop.example');
        expect(url.pathname).to.equal(`/api/tracking/${encodeURIComponent(request.number)}/detail`);
        expect(url.search).to.equal('?lang=en');
        expect(url.hash).to.equal('');
        expect(request.number).to.match(/^[\p{L}0-9-]{5,50}$/u);
      }),
      {numRuns: 2000},
    );
  });

  it('names what was typed when it refuses', () => {
    try {
      trackingRequest(TEMPLATE, ' ../LP1 ');
      expect.fail('accepted');
    } catch (error) {
      expect((error as TrackingError).trackingNumber).to.equal('../LP1');
    }
  });
});
