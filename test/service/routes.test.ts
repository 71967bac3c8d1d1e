import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {cainiao} from '../../src/service/index.js';
import {createService} from './helpers.js';
import {CAINIAO} from './payloads.js';
import {useStandIn} from './stand-in.js';

describe('routes', () => {
  const upstream = useStandIn((request) => ({
    body: CAINIAO.inTransit(request.url.searchParams.get('mailNos') ?? ''),
  }));

  const service = (base?: string) => createService({provider: cainiao({baseUrl: upstream.url}), base});

  it('answers GET /healthz with 200', async () => {
    const response = await service().request('/healthz');
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), {ok: true});
  });

  for (const typed of [
    'LP..12345',
    'LP00%2F..%2Fadmin',
    'a.b.c.d.e',
    'abcd',
    'x'.repeat(51),
    '%3Cscript%3E1234',
    'LP%2500',
    '%E0%A4%A',
  ]) {
    it(`refuses ${typed} with 400 and a JSON error, before any upstream call`, async () => {
      const before = upstream.requests.length;
      const response = await service().request(`/api/tracking/${typed}`);
      assert.equal(response.status, 400);
      assert.equal(response.headers.get('content-type'), 'application/json; charset=utf-8');
      assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
      assert.equal((await response.json()).error, 'invalid-number');
      assert.equal(upstream.requests.length, before);
    });
  }

  it('never sends a dot segment upstream (a Request arrives with it resolved out of the base)', async () => {
    const before = upstream.requests.length;
    for (const dots of ['..', '%2E%2E', '.%2e']) {
      assert.equal((await service().request(`/api/tracking/${dots}`)).status, 404);
    }
    assert.equal(upstream.requests.length, before);
  });

  it('normalizes the number as the widget does (spaces and invisible characters out)', async () => {
    const response = await service().request('/api/tracking/LP006%2098765%E2%80%8B432109');
    assert.equal(response.status, 200);
    assert.equal(upstream.requests.at(-1)?.url.searchParams.get('mailNos'), 'LP00698765432109');
  });

  it('answers a number under a configured base, and 404 elsewhere', async () => {
    const {request} = service('/apps/tracking/');
    assert.equal((await request('/apps/tracking/LP00698765432109')).status, 200);
    const elsewhere = await request('/api/tracking/LP00698765432109');
    assert.equal(elsewhere.status, 404);
    assert.equal((await elsewhere.json()).error, 'not-found');
  });

  it('keeps /healthz apart from numbers, even under the base /', async () => {
    const {request} = service('/');
    assert.deepEqual(await (await request('/healthz')).json(), {ok: true});
    assert.equal((await request('/LP00698765432109')).status, 200);
  });

  it('answers HEAD with the headers and no body, and other methods with 405', async () => {
    const {request} = service();
    const head = await request('/api/tracking/LP00698765432109', {method: 'HEAD'});
    assert.equal(head.status, 200);
    assert.equal(await head.text(), '');
    const post = await request('/api/tracking/LP00698765432109', {method: 'POST', body: '{}'});
    assert.equal(post.status, 405);
    assert.equal(post.headers.get('allow'), 'GET, HEAD, OPTIONS');
  });
});
