import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {cainiao} from '../../src/service/index.js';
import {createService} from './helpers.js';
import {CAINIAO} from './payloads.js';
import {useStandIn} from './stand-in.js';

const path = '/api/tracking/LP00698765432109';

describe('per-client rate limit', () => {
  const upstream = useStandIn(() => ({body: CAINIAO.inTransit('LP00698765432109')}));

  const service = (options = {}) => createService({provider: cainiao({baseUrl: upstream.url}), ...options});
  const statuses = async (responses: Promise<Response>[]) =>
    (await Promise.all(responses)).map((response) => response.status);

  it('allows 30 lookups a minute per client, then answers 429 with Retry-After until the minute is over', async () => {
    const {request, clock} = service();
    const first30 = await statuses(Array.from({length: 30}, () => request(path)));
    assert.ok(first30.every((status) => status === 200));
    clock.advance(20_000);
    const refused = await request(path);
    assert.equal(refused.status, 429);
    assert.equal(refused.headers.get('retry-after'), '40');
    assert.equal((await refused.json()).error, 'rate-limited');
    assert.equal((await request(path, {clientAddress: '198.51.100.9'})).status, 200, 'other clients are not held back');
    clock.advance(40_000);
    assert.equal((await request(path)).status, 200);
  });

  it('ignores a forwarded-for header unless told to trust it', async () => {
    const {request} = service({rateLimit: {limit: 1}});
    assert.equal((await request(path, {headers: {'x-forwarded-for': '192.0.2.1'}})).status, 200);
    assert.equal((await request(path, {headers: {'x-forwarded-for': '192.0.2.2'}})).status, 429);
  });

  it("takes the trusted proxy header's last entry as the client", async () => {
    const {request} = service({rateLimit: {limit: 1}, trustProxyHeader: 'x-forwarded-for'});
    assert.equal((await request(path, {headers: {'x-forwarded-for': 'spoofed, 192.0.2.1'}})).status, 200);
    assert.equal((await request(path, {headers: {'x-forwarded-for': 'spoofed, 192.0.2.2'}})).status, 200);
    assert.equal((await request(path, {headers: {'x-forwarded-for': 'other, 192.0.2.1'}})).status, 429);
  });

  it('can be left to a proxy in front', async () => {
    const {request} = service({rateLimit: false});
    assert.ok((await statuses(Array.from({length: 40}, () => request(path)))).every((status) => status === 200));
  });
});
