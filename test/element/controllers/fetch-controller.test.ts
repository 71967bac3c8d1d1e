import {expect} from '@open-wc/testing';
import {FetchController} from '../../../src/element/controllers/fetch-controller.js';
import {deferred, fakeHost} from './fake-host.js';

describe('FetchController', () => {
  function setUp() {
    const host = fakeHost();
    const runs: {signal: AbortSignal; answer: ReturnType<typeof deferred<string>>}[] = [];
    const completed: string[] = [];
    const failed: unknown[] = [];
    const controller = new FetchController(
      host,
      (signal) => {
        const answer = deferred<string>();
        signal.addEventListener('abort', () => answer.reject(signal.reason));
        runs.push({signal, answer});
        return answer.promise;
      },
      {onComplete: (value) => completed.push(value), onError: (error) => failed.push(error)},
    );
    return {host, controller, runs, completed, failed};
  }

  it('handles the answer of a run', async () => {
    const {host, controller, runs, completed} = setUp();
    host.connect();
    const run = controller.run();
    runs[0]!.answer.resolve('first');
    await run;
    expect(completed).to.deep.equal(['first']);
    host.remove();
  });

  it('aborts an older run for a newer one, whose answer alone is handled', async () => {
    const {host, controller, runs, completed, failed} = setUp();
    host.connect();
    const older = controller.run();
    const newer = controller.run();
    expect(runs[0]!.signal.aborted).to.equal(true);
    runs[1]!.answer.resolve('newer');
    await Promise.all([older, newer]);
    expect(completed).to.deep.equal(['newer']);
    expect(failed).to.deep.equal([]);
    host.remove();
  });

  it('a superseded run resolves only once the newer one is handled', async () => {
    const {host, controller, runs, completed} = setUp();
    host.connect();
    let olderDone = false;
    const older = controller.run().then(() => (olderDone = true));
    const newer = controller.run();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(olderDone, 'resolved before the newer answer').to.equal(false);
    runs[1]!.answer.resolve('newer');
    await older;
    expect(completed).to.deep.equal(['newer']);
    await newer;
    host.remove();
  });

  it('aborts a run when the host leaves the page, and runs again when it comes back', async () => {
    const {host, controller, runs, completed} = setUp();
    host.connect();
    void controller.run();
    host.disconnect();
    expect(runs[0]!.signal.aborted).to.equal(true);
    host.connect();
    await host.updateComplete;
    expect(runs).to.have.length(2);
    runs[1]!.answer.resolve('again');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(completed).to.deep.equal(['again']);
    host.remove();
  });

  it('waits for the host to be on the page before running, unless cancelled meanwhile', async () => {
    const {host, controller, runs} = setUp();
    void controller.run();
    expect(runs).to.have.length(0);
    host.connect();
    await host.updateComplete;
    expect(runs).to.have.length(1);
    host.disconnect();
    controller.cancel();
    host.connect();
    await host.updateComplete;
    expect(runs).to.have.length(1);
    host.remove();
  });

  it("a run waiting for the host leaves the host's pending update time to cancel it", async () => {
    const {host, controller, runs} = setUp();
    void controller.run();
    host.connect();
    controller.cancel(); // as the host's update does when data was given while it was away
    await host.updateComplete;
    expect(runs).to.have.length(0);
    host.remove();
  });

  it('drops the outcome of a cancelled run', async () => {
    const {host, controller, completed, failed} = setUp();
    host.connect();
    const run = controller.run();
    controller.cancel();
    await run;
    expect(completed).to.deep.equal([]);
    expect(failed).to.deep.equal([]);
    host.remove();
  });
});
