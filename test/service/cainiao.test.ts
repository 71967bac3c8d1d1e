import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {cainiao} from '../../src/service/index.js';
import {createService} from './helpers.js';
import {CAINIAO} from './payloads.js';
import {useStandIn, type StandInReply} from './stand-in.js';

const NUMBER = 'LP00698765432109';

describe('cainiao provider', () => {
  const upstream = useStandIn();

  const service = () => createService({provider: cainiao({baseUrl: `${upstream.url}/cn`})});

  it('asks global/detail.json for the number in English and answers its JSON unchanged', async () => {
    const text = JSON.stringify(CAINIAO.inTransit(NUMBER), null, 1);
    upstream.answer = () => ({body: text});
    const response = await service().request(`/api/tracking/${NUMBER}`);
    assert.equal(response.status, 200);
    assert.equal(await response.text(), text);
    assert.equal(response.headers.get('content-type'), 'application/json; charset=utf-8');
    assert.equal(response.headers.get('x-cache'), 'MISS');
    const [seen] = upstream.requests;
    assert.equal(seen.method, 'GET');
    assert.equal(seen.url.pathname, '/cn/global/detail.json');
    assert.deepEqual(
      [...seen.url.searchParams],
      [
        ['mailNos', NUMBER],
        ['lang', 'en-US'],
      ],
    );
  });

  it('passes an empty detail list on as tracking (not shipped yet)', async () => {
    upstream.answer = () => ({body: CAINIAO.empty(NUMBER)});
    const response = await service().request(`/api/tracking/${NUMBER}`);
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), CAINIAO.empty(NUMBER));
  });

  it('answers 404 with a JSON error when the upstream does not know the number', async () => {
    upstream.answer = () => ({status: 404, body: 'no such number'});
    const response = await service().request(`/api/tracking/${NUMBER}`);
    assert.equal(response.status, 404);
    assert.equal((await response.json()).error, 'unknown-number');
  });

  const refusals: [string, StandInReply][] = [
    ['success: false', {body: {success: false}}],
    ['the gateway block JSON', {body: {ret: ['FAIL_SYS_USER_VALIDATE', 'RGV587_ERROR::SM::busy'], data: {}}}],
    ['a captcha HTML page', {headers: {'content-type': 'text/html'}, body: '<!doctype html><title>Verify</title>'}],
    ['a redirect to a captcha', {status: 302, headers: {location: 'https://example.invalid/punish'}, body: ''}],
  ];
  for (const [what, refusal] of refusals) {
    it(`answers ${what} with 503 and Retry-After, and asks again next time`, async () => {
      upstream.answer = () => refusal;
      const {request} = service();
      const first = await request(`/api/tracking/${NUMBER}`);
      assert.equal(first.status, 503);
      assert.equal(first.headers.get('retry-after'), '60');
      assert.equal(first.headers.get('cache-control'), 'no-store');
      assert.equal((await first.json()).error, 'upstream-refused');
      upstream.answer = () => ({body: CAINIAO.inTransit(NUMBER)});
      const second = await request(`/api/tracking/${NUMBER}`);
      assert.equal(second.status, 200, 'the refusal was not cached as data');
      assert.equal(upstream.requests.length, 2);
    });
  }

  it("passes the upstream's Retry-After on with a refusal", async () => {
    upstream.answer = () => ({status: 200, headers: {'retry-after': '120'}, body: {success: false}});
    const response = await service().request(`/api/tracking/${NUMBER}`);
    assert.equal(response.headers.get('retry-after'), '120');
  });
});
