import {expect} from '@open-wc/testing';
import {FETCH_TIMEOUT_MS, fetchTracking} from '../../src/net/fetch-tracking.js';
import {MAX_BODY_BYTES, RetryLaterError, readTrackingResponse} from '../../src/net/read-tracking-response.js';
import {TrackingError, type TrackingErrorKind} from '../../src/tracking/tracking-error.js';

/** The widget's request: both halves, the script's and the view's. */
const fetchTrackingJson = (url: string, signal: AbortSignal, timeoutMs?: number) =>
  fetchTracking(url, signal, readTrackingResponse, timeoutMs);

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

/** The JS heap in use, where the browser tells it (Chrome). */
const usedHeap = () => (performance as {memory?: {usedJSHeapSize: number}}).memory?.usedJSHeapSize ?? 0;

/** What the test server knows of endless stream `id`: once its client hung up, or after `waitMs`. */
async function sentOfEndless(id: string, waitMs = 3000): Promise<{bytes: number; closed: boolean}> {
  const until = performance.now() + waitMs;
  for (;;) {
    const record = (await (await fetch(`/test-api/sent/${id}`)).json()) as {bytes: number; closed: boolean};
    if (record.closed || performance.now() > until) return record;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
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

  it('http with Retry-After (429, 503): says when the service may be asked again', async () => {
    const before = Date.now();
    const error = await expectKind('/test-api/status/429?retry-after=3600', 'http');
    expect(error).to.be.instanceOf(RetryLaterError);
    expect((error as RetryLaterError).retryAt).to.be.within(before + 3_600_000, Date.now() + 3_600_000);
    const date = new Date(Date.now() + 7_200_000).toUTCString();
    const busy = await expectKind(`/test-api/status/503?retry-after=${encodeURIComponent(date)}`, 'http');
    expect((busy as RetryLaterError).retryAt).to.equal(Date.parse(date));
    expect(await expectKind('/test-api/status/500?retry-after=60', 'http')).not.to.be.instanceOf(RetryLaterError);
  });

  it('not-found: HTTP 404', async () => {
    const error = await expectKind('/test-api/status/404', 'not-found');
    expect(error.status).to.equal(404);
  });

  it('invalid: a successful answer that is not JSON', async () => {
    await expectKind('/test-api/status/200', 'invalid');
  });

  describe('a body above 5 MB is invalid, and not read on', () => {
    it('is 5 MB', () => expect(MAX_BODY_BYTES).to.equal(5 * 1024 * 1024));

    it('an endless body is cut quickly, without the memory growing', async () => {
      const id = `endless-${Math.random().toString(36).slice(2)}`;
      const heap = usedHeap();
      const started = performance.now();
      await expectKind(`/test-api/endless/${id}`, 'invalid');
      expect(performance.now() - started, 'ms to give up').to.be.below(FETCH_TIMEOUT_MS / 3);
      expect(usedHeap() - heap, 'heap growth').to.be.below(4 * MAX_BODY_BYTES);
      // The server sees the hang-up within 3 s. How much it sent by then is the engine's
      // read-ahead, not ours: WebKit's network process buffers tens of MB.
      expect((await sentOfEndless(id)).closed, 'the client hung up').to.equal(true);
    });

    it('a huge valid JSON sent without a length', async () => {
      await expectKind('/test-api/huge/8', 'invalid');
    });

    it('a huge valid JSON that declares its length', async () => {
      await expectKind('/test-api/huge/8?declared', 'invalid');
    });

    it('a body under the limit is read whole', async () => {
      const json = (await fetchTrackingJson('/test-api/huge/4', new AbortController().signal)) as {events: unknown[]};
      expect(json.events).to.have.length(4 * 16 * 1024);
    });
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
