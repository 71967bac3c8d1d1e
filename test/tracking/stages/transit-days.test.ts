import {expect} from '@open-wc/testing';
import {transitDays} from '../../../src/tracking/stages/transit-days.js';

const at = (iso: string, offset?: number) => ({epoch: Date.parse(iso), offset});

describe('transitDays', () => {
  it('counts calendar days between the dates, not 24-hour periods', () => {
    expect(transitDays(at('2026-11-02T01:12Z'), at('2026-11-02T23:59Z'))).to.equal(0);
    expect(transitDays(at('2026-11-02T23:00Z'), at('2026-11-03T01:00Z'))).to.equal(1);
    expect(transitDays(at('2026-11-02T01:12Z'), at('2026-11-10T18:32Z'))).to.equal(8);
  });

  it('reads each date in its own zone', () => {
    // 2026-11-02 23:30 in New York is already the 3rd in UTC; 2026-11-04 09:00 in Shanghai is the 4th.
    expect(transitDays(at('2026-11-03T04:30Z', -300), at('2026-11-04T01:00Z', 480))).to.equal(2);
  });

  it('does not lose a day across a daylight-saving change', () => {
    // US clocks spring forward on 2026-03-08: 10:00 EST to 09:00 EDT a week later is 6 days 23 hours.
    expect(transitDays(at('2026-03-07T10:00-05:00', -300), at('2026-03-14T09:00-04:00', -240))).to.equal(7);
  });

  it('is never negative (clock skew, future events)', () => {
    expect(transitDays(at('2026-11-10T00:00Z'), at('2026-11-09T00:00Z'))).to.equal(0);
  });
});
