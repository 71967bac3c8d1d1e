import assert from 'node:assert/strict';
import {after, before, describe, it} from 'node:test';
import {createClient} from 'redis';
import {redisStore} from '../../src/service/cache/redis-store.js';
import {cainiao, type CachedAnswer} from '../../src/service/index.js';
import {createService, logged} from './helpers.js';
import {CAINIAO} from './payloads.js';
import {startRedisServer} from './redis-server.js';
import {useStandIn} from './stand-in.js';

const NUMBER = 'LP00698765432109';
const answer: CachedAnswer = {status: 200, body: '{"a":1}', storedAt: 1, maxAge: 900, staleWhileRevalidate: 300};

describe('Redis store, against a real redis-server', () => {
  let server: Awaited<ReturnType<typeof startRedisServer>>;
  let store: Awaited<ReturnType<typeof redisStore>>;
  const upstream = useStandIn(() => ({body: CAINIAO.inTransit(NUMBER)}));
  before(async () => {
    server = await startRedisServer();
    store = await redisStore({url: server.url, prefix: 'test:'});
  });
  after(async () => {
    await store?.close();
    await server?.stop();
  });

  it('keeps an answer under its prefix, with Redis expiring it after the time to live', async () => {
    await store.set('cainiao:X1', answer, 1200.4);
    assert.deepEqual(await store.get('cainiao:X1'), answer);
    const client = await createClient({url: server.url}).connect();
    try {
      assert.equal(await client.ttl('test:cainiao:X1'), 1201);
      await client.set('test:cainiao:odd', '{"written":"by another version"}');
    } finally {
      await client.close();
    }
    assert.equal(await store.get('cainiao:odd'), undefined, 'a value of another shape is no answer');
    assert.equal(await store.get('cainiao:none'), undefined);
  });

  it('shares answers between service instances: the second one asks no upstream', async () => {
    const first = createService({provider: cainiao({baseUrl: upstream.url}), store});
    const second = createService({provider: cainiao({baseUrl: upstream.url}), store});
    assert.equal((await first.request(`/api/tracking/${NUMBER}`)).headers.get('x-cache'), 'MISS');
    const shared = await second.request(`/api/tracking/${NUMBER}`);
    assert.equal(shared.headers.get('x-cache'), 'HIT');
    assert.deepEqual(await shared.json(), CAINIAO.inTransit(NUMBER));
    assert.equal(upstream.requests.length, 1);
  });

  it('lets lookups go upstream when Redis goes down, and logs it', async () => {
    const doomed = await startRedisServer();
    const orphaned = await redisStore({url: doomed.url});
    await doomed.stop();
    const {request, logs} = createService({provider: cainiao({baseUrl: upstream.url}), store: orphaned});
    assert.equal((await request(`/api/tracking/${NUMBER}`)).status, 200);
    assert.deepEqual(
      logged(logs, 'store-error').map((entry) => entry.operation),
      ['get', 'set'],
    );
    orphaned.close().catch(() => {});
  });
});
