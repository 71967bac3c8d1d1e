import {expect, waitUntil} from '@open-wc/testing';
import {RefreshController} from '../../../src/element/controllers/refresh-controller.js';
import {MAX_TIMER_MS, nextRefreshDelay} from '../../../src/net/refresh-schedule.js';
import {fakeLongTimers, setVisibility} from '../helpers.js';
import {fakeHost} from './fake-host.js';

describe('RefreshController', () => {
  let clock: ReturnType<typeof fakeLongTimers>;
  beforeEach(() => (clock = fakeLongTimers()));
  afterEach(() => {
    clock.restore();
    setVisibility(undefined);
  });

  function setUp() {
    const host = fakeHost();
    let refreshes = 0;
    const controller = new RefreshController(host, () => refreshes++);
    host.connect();
    return {host, controller, refreshes: () => refreshes};
  }

  it('refreshes once a period after a successful load', () => {
    const {host, controller, refreshes} = setUp();
    controller.schedule(60_000, true);
    expect(clock.pending()).to.deep.equal([60_000]);
    clock.tick(59_999);
    expect(refreshes()).to.equal(0);
    clock.tick(1);
    expect(refreshes()).to.equal(1);
    expect(clock.pending()).to.deep.equal([]); // the next plan comes with the next load
    host.disconnect();
  });

  it('backs off after consecutive failures, and forgets them after a success', () => {
    const {host, controller} = setUp();
    controller.schedule(60_000, false);
    controller.schedule(60_000, false);
    // Two failures: four periods, with the jitter of nextRefreshDelay (±20 %).
    const [wait] = clock.pending();
    expect(wait).to.be.within(
      nextRefreshDelay(60_000, 2, () => 0),
      nextRefreshDelay(60_000, 2, () => 1),
    );
    expect(wait).to.be.within(192_000, 288_000);
    controller.schedule(60_000, true);
    expect(clock.pending()).to.deep.equal([60_000]);
    host.disconnect();
  });

  it('plans nothing for a period of 0, and stop() drops a plan', () => {
    const {host, controller} = setUp();
    controller.schedule(0, true);
    expect(clock.pending()).to.deep.equal([]);
    controller.schedule(60_000, true);
    controller.stop();
    expect(clock.pending()).to.deep.equal([]);
    host.disconnect();
  });

  it('waits while the page is hidden, and catches up at once when it shows again', async () => {
    const {host, controller, refreshes} = setUp();
    controller.schedule(60_000, true);
    setVisibility('hidden');
    expect(clock.pending()).to.deep.equal([]);
    clock.tick(120_000);
    expect(refreshes()).to.equal(0);
    setVisibility('visible');
    await waitUntil(() => refreshes() === 1, 'no catching up'); // overdue: at once
    host.disconnect();
  });

  it('keeps its plan while the host is off the page and resumes it when the host is back', () => {
    const {host, controller, refreshes} = setUp();
    controller.schedule(60_000, true);
    clock.tick(20_000);
    host.disconnect();
    expect(clock.pending()).to.deep.equal([]);
    host.connect();
    expect(clock.pending()).to.deep.equal([40_000]);
    clock.tick(40_000);
    expect(refreshes()).to.equal(1);
    host.disconnect();
  });

  it('waits out a hold longer than a timer holds in steps, never refreshing early', () => {
    const {host, controller, refreshes} = setUp();
    const year = 365 * 86_400_000;
    controller.holdUntil(Date.now() + year);
    controller.schedule(60_000, false);
    expect(clock.pending()).to.deep.equal([MAX_TIMER_MS]);
    clock.tick(MAX_TIMER_MS);
    expect(refreshes(), 'refreshed when the first timer fired').to.equal(0);
    expect(clock.pending()).to.deep.equal([MAX_TIMER_MS]);
    clock.tick(year - 2 * MAX_TIMER_MS);
    clock.tick(MAX_TIMER_MS - 1);
    expect(refreshes()).to.equal(0);
    clock.tick(1);
    expect(refreshes()).to.equal(1);
    host.disconnect();
  });
});
