import {expect} from '@open-wc/testing';
import {FETCH_TIMEOUT_MS, fetchTrackingJson} from '../../src/net/fetch-tracking.js';
import {TrackingError, type TrackingErrorKind} from '../../src/tracking/tracking-error.js';

/** What `fetchTrackingJson` rejected with (fails the test if it resolved). */
async function rejection(url: string, signal = new AbortController().signal, timeoutMs?: number): Promise<unknown> {
  try {
    await fetchTrackingJson(url, signal, timeoutMs);
  } catch (error) {
    return error;
  }
  throw new Error(`${url} did not fail`);
}

async function expectKind(url: string, kind: TrackingErrorKind, timeoutMs?: number) {
  const error = await rejection(url, undefined, timeoutMs);
  expect(error, url).to.be.instanceOf(TrackingError);
  expect((error as TrackingError).kind, url).to.equal(kind);
  // A customer's message: no raw body, no markup, no stack.
  expect((error as TrackingError).message).not.to.match(/<|stack trace|line 42/i);
  return error as TrackingError;
}

describe('fetchTrackingJson', () => {
  it('gives 15 seconds by default (docs/behaviour.md#faults)', () => {
    expect(FETCH_TIMEOUT_MS).to.equal(15_000);
  });

  it('resolves with the parsed JSON', async () => {
    const json = (await fetchTrackingJson('/test/fixtures/native-delivered.json', new AbortController().signal)) as {
      trackingNumber: string;
    };
    expect(json.trackingNumber).to.equal('LP00612345678901');
  });

  it('network: a server that cannot be reached', async () => {
    await expectKind('http://127.0.0.1:9/tracking', 'network');
  });

  it('timeout: no answer in time', async () => {
    const started = performance.now();
    await expectKind('/test-api/delay/3000/native-delivered', 'timeout', 200);
    expect(performance.now() - started).to.be.below(2000);
  });

  it('timeout: headers in time but the body too slow (the body is covered too)', async () => {
    const started = performance.now();
    await expectKind('/test-api/slow-body/3000', 'timeout', 400);
    expect(performance.now() - started).to.be.below(2000);
  });

  it('the slow body arrives when the time allows it', async () => {
    expect(await fetchTrackingJson('/test-api/slow-body/100', new AbortController().signal, 5000)).to.deep.equal({
      trackingNumber: 'SLOW',
      events: [],
    });
  });

  it('http: other error statuses, with the status and without the body', async () => {
    for (const status of [500, 502, 403, 429]) {
      const error = await expectKind(`/test-api/status/${status}`, 'http');
      expect(error.status).to.equal(status);
      expect(error.message).to.contain(String(status));
    }
  });

  it('not-found: HTTP 404', async () => {
    const error = await expectKind('/test-api/status/404', 'not-found');
    expect(error.status).to.equal(404);
  });

  it('invalid: a successful answer that is not JSON', async () => {
    await expectKind('/test-api/status/200', 'invalid');
  });

  it("an abort through the caller's signal rejects with its reason, not a TrackingError", async () => {
    const controller = new AbortController();
    const reason = new DOMException('superseded', 'AbortError');
    setTimeout(() => controller.abort(reason), 50);
    expect(await rejection('/test-api/delay/2000/native-delivered', controller.signal)).to.equal(reason);
  });

  it('an abort while the body is read also rejects with the reason', async () => {
    const controller = new AbortController();
    const reason = new Error('element removed');
    setTimeout(() => controller.abort(reason), 150);
    expect(await rejection('/test-api/slow-body/2000', controller.signal, 5000)).to.equal(reason);
  });

  it('an already aborted signal sends nothing and rejects with its reason', async () => {
    const controller = new AbortController();
    controller.abort();
    const error = await rejection('/test/fixtures/native-delivered.json', controller.signal);
    expect(error).to.be.instanceOf(DOMException);
    expect((error as DOMException).name).to.equal('AbortError');
    expect(error).not.to.be.instanceOf(TrackingError);
  });
});
