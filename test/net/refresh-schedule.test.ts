import {expect} from '@open-wc/testing';
import {
  MAX_BACKOFF_MS,
  MAX_TIMER_MS,
  nextRefreshDelay,
  refreshPeriod,
  timerDelay,
} from '../../src/net/refresh-schedule.js';

describe('refreshPeriod', () => {
  it('is off (0) for 0, negatives and anything that is no number', () => {
    for (const value of [0, -1, -30, -Infinity, NaN, Infinity, '', 'abc', '30s', null, undefined, {}, [1, 2]]) {
      expect(refreshPeriod(value), String(value)).to.equal(0);
    }
  });

  it('counts 1 to 29 seconds as 30 (never hammers the server)', () => {
    for (const value of [0.001, 1, 5, 29, 29.9, '1', '29']) {
      expect(refreshPeriod(value), String(value)).to.equal(30_000);
    }
  });

  it('takes 30 seconds and more as given, numeric strings included', () => {
    expect(refreshPeriod(30)).to.equal(30_000);
    expect(refreshPeriod('45')).to.equal(45_000);
    expect(refreshPeriod(' 120 ')).to.equal(120_000);
    expect(refreshPeriod(3600)).to.equal(3_600_000);
  });
  it('counts more than a day as a day (a month would overflow a timer)', () => {
    for (const value of [86_400, 86_401, 2_592_000, 1e12, Number.MAX_VALUE, '2592000']) {
      expect(refreshPeriod(value), String(value)).to.equal(86_400_000);
    }
  });
});

describe('nextRefreshDelay', () => {
  const middle = () => 0.5;

  it('is the period itself without failures', () => {
    expect(nextRefreshDelay(30_000, 0)).to.equal(30_000);
    expect(nextRefreshDelay(30_000, -1)).to.equal(30_000);
  });

  it('doubles with each failure in a row', () => {
    expect([1, 2, 3, 4].map((failures) => nextRefreshDelay(30_000, failures, middle))).to.deep.equal([
      60_000, 120_000, 240_000, 480_000,
    ]);
  });

  it('is capped at 30 minutes, however many failures', () => {
    for (const failures of [6, 10, 16, 17, 100, 10_000]) {
      expect(nextRefreshDelay(30_000, failures, middle), String(failures)).to.equal(MAX_BACKOFF_MS);
    }
    expect(MAX_BACKOFF_MS).to.equal(30 * 60_000);
  });

  it('never waits less than the period when the period is above the cap', () => {
    expect(nextRefreshDelay(2 * 3_600_000, 3, middle)).to.equal(2 * 3_600_000);
  });

  it('jitters by at most ±20 % after failures', () => {
    expect(nextRefreshDelay(30_000, 1, () => 0)).to.equal(48_000);
    expect(nextRefreshDelay(30_000, 1, () => 0.999999)).to.be.within(71_999, 72_000);
    expect(nextRefreshDelay(30_000, 50, () => 0)).to.equal(MAX_BACKOFF_MS * 0.8);
    expect(nextRefreshDelay(30_000, 50, () => 0.999999)).to.be.within(MAX_BACKOFF_MS * 1.2 - 1, MAX_BACKOFF_MS * 1.2);
    const delays = new Set(Array.from({length: 50}, () => nextRefreshDelay(30_000, 2)));
    expect(delays.size, 'widgets do not retry in step').to.be.above(1);
    for (const delay of delays) expect(delay).to.be.within(96_000, 144_000);
  });
});

describe('nextRefreshDelay and timers', () => {
  it('backs off within what a timer holds, for any period and any number of failures', () => {
    for (const seconds of [30, 3600, 86_400, 2_592_000, Number.MAX_VALUE]) {
      for (const failures of [1, 16, 17, 1000, Number.MAX_SAFE_INTEGER]) {
        const delay = nextRefreshDelay(refreshPeriod(seconds), failures, () => 0.999999);
        expect(delay, `${seconds} s, ${failures} failures`).to.be.within(1, MAX_TIMER_MS);
      }
    }
  });
});

describe('timerDelay', () => {
  it('is the time left, at most what a timer holds, never negative', () => {
    expect(timerDelay(1_000, 400)).to.equal(600);
    expect(timerDelay(400, 1_000)).to.equal(0);
    expect(timerDelay(Date.now() + 365 * 86_400_000, Date.now())).to.equal(MAX_TIMER_MS);
    expect(MAX_TIMER_MS).to.equal(2_147_483_647);
  });
});
