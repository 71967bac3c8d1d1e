import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {cainiao, type TrackingStore} from '../../src/service/index.js';
import {createService, HOUR, logged, MINUTE} from './helpers.js';
import {CAINIAO} from './payloads.js';
import {useStandIn} from './stand-in.js';

const NUMBER = 'LP00698765432109';
const path = `/api/tracking/${NUMBER}`;

describe('cache lifetimes and stale answers', () => {
  const upstream = useStandIn();

  const service = (store?: TrackingStore) => createService({provider: cainiao({baseUrl: upstream.url}), store});

  for (const [what, body, maxAge, staleWhileRevalidate] of [
    ['delivered', CAINIAO.delivered(NUMBER), 12 * HOUR, 12 * HOUR],
    ['in transit', CAINIAO.inTransit(NUMBER), 15 * MINUTE, 5 * MINUTE],
    ['empty', CAINIAO.empty(NUMBER), 5 * MINUTE, MINUTE],
  ] as const) {
    it(`keeps a ${what} answer ${maxAge / MINUTE} minutes, and says so in Cache-Control`, async () => {
      upstream.answer = () => ({body});
      const {request, clock} = service();
      const first = await request(path);
      assert.equal(first.headers.get('x-cache'), 'MISS');
      assert.equal(
        first.headers.get('cache-control'),
        `public, max-age=${maxAge / 1000}, stale-while-revalidate=${staleWhileRevalidate / 1000}`,
      );

      clock.advance(maxAge - 10_000);
      const hit = await request(path);
      assert.equal(hit.headers.get('x-cache'), 'HIT');
      assert.deepEqual(await hit.json(), body);
      assert.match(hit.headers.get('cache-control') ?? '', /max-age=10,/, 'only what is left of its freshness');
      assert.equal(upstream.requests.length, 1);

      clock.advance(10_000);
      const expired = await request(path);
      assert.equal(expired.headers.get('x-cache'), 'MISS');
      assert.equal(upstream.requests.length, 2);
    });
  }

  it('keeps a not-found answer 30 seconds, an error rather than an empty tracking', async () => {
    upstream.answer = () => ({status: 404, body: {}});
    const {request, clock} = service();
    assert.equal((await request(path)).headers.get('cache-control'), 'public, max-age=30, stale-while-revalidate=30');
    clock.advance(20_000);
    const hit = await request(path);
    assert.equal(hit.status, 404);
    assert.equal(hit.headers.get('x-cache'), 'HIT');
    assert.equal(upstream.requests.length, 1);

    clock.advance(10_000);
    upstream.answer = () => ({body: CAINIAO.inTransit(NUMBER)});
    const known = await request(path);
    assert.equal(known.status, 200, 'asked again once its 30 seconds are over');
    assert.equal(upstream.requests.length, 2);
  });

  for (const [what, failure, status] of [
    ['fails', {status: 500, body: {}}, 200],
    ['refuses', {body: {success: false}}, 200],
  ] as const) {
    it(`serves the stale answer with X-Cache: STALE when the upstream ${what}`, async () => {
      upstream.answer = () => ({body: CAINIAO.inTransit(NUMBER)});
      const {request, clock} = service();
      await request(path);
      clock.advance(2 * HOUR);
      upstream.answer = () => failure;
      const stale = await request(path);
      assert.equal(stale.status, status);
      assert.equal(stale.headers.get('x-cache'), 'STALE');
      assert.equal(stale.headers.get('cache-control'), 'public, max-age=60');
      assert.deepEqual(await stale.json(), CAINIAO.inTransit(NUMBER));

      upstream.answer = () => ({body: CAINIAO.delivered(NUMBER)});
      const recovered = await request(path);
      assert.equal(recovered.headers.get('x-cache'), 'MISS', 'a stale answer is not taken for a fresh one');
      assert.deepEqual(await recovered.json(), CAINIAO.delivered(NUMBER));
    });
  }

  it('answers from the upstream when the store fails, and logs it without failing the request', async () => {
    upstream.answer = () => ({body: CAINIAO.inTransit(NUMBER)});
    const broken: TrackingStore = {
      get: () => Promise.reject(new Error('down')),
      set: () => Promise.reject(new Error('down')),
    };
    const {request, logs} = service(broken);
    const response = await request(path);
    assert.equal(response.status, 200);
    assert.deepEqual(
      logged(logs, 'store-error').map((entry) => entry.operation),
      ['get', 'set'],
    );
  });
});
