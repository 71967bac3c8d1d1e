import {expect} from '@open-wc/testing';
import {retryAfter} from '../../src/net/retry-after.js';

describe('retryAfter', () => {
  const now = Date.UTC(2026, 10, 20, 10, 0, 0);

  it('reads seconds from now, on 429 and 503', () => {
    expect(retryAfter(429, '3600', now)).to.equal(now + 3_600_000);
    expect(retryAfter(503, ' 120 ', now)).to.equal(now + 120_000);
  });

  it('reads an HTTP date', () => {
    expect(retryAfter(503, 'Fri, 20 Nov 2026 12:30:00 GMT', now)).to.equal(Date.UTC(2026, 10, 20, 12, 30, 0));
  });

  it('ignores other statuses, no header, a moment past and what is neither', () => {
    expect(retryAfter(500, '3600', now)).to.equal(undefined);
    expect(retryAfter(200, '3600', now)).to.equal(undefined);
    expect(retryAfter(429, null, now)).to.equal(undefined);
    expect(retryAfter(429, '0', now)).to.equal(undefined);
    expect(retryAfter(429, 'Thu, 19 Nov 2026 12:30:00 GMT', now)).to.equal(undefined);
    for (const junk of ['', 'soon', '-5', '1e3', '3600s', 'NaN']) {
      expect(retryAfter(429, junk, now), junk).to.equal(undefined);
    }
  });
});
