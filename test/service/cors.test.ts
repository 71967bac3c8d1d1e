import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {cainiao} from '../../src/service/index.js';
import {createService} from './helpers.js';
import {CAINIAO} from './payloads.js';
import {useStandIn} from './stand-in.js';

const SHOP = 'https://shop.example';
const path = '/api/tracking/LP00698765432109';

describe('CORS', () => {
  const upstream = useStandIn(() => ({body: CAINIAO.inTransit('LP00698765432109')}));

  const service = () => createService({provider: cainiao({baseUrl: upstream.url}), allowOrigins: [SHOP]});

  it('names an allowed origin, exactly, and varies on Origin', async () => {
    const response = await service().request(path, {headers: {origin: SHOP}});
    assert.equal(response.headers.get('access-control-allow-origin'), SHOP);
    assert.equal(response.headers.get('vary'), 'Origin');
    assert.equal(response.headers.get('access-control-allow-credentials'), null);
  });

  for (const origin of ['https://evil.example', 'https://shop.example.evil.example', 'http://shop.example', 'null']) {
    it(`gives ${origin} no CORS header`, async () => {
      const response = await service().request(path, {headers: {origin}});
      assert.equal(response.headers.get('access-control-allow-origin'), null);
      assert.equal(response.headers.get('vary'), 'Origin');
    });
  }

  it('answers the preflight of an allowed origin with 204', async () => {
    const before = upstream.requests.length;
    const response = await service().request(path, {
      method: 'OPTIONS',
      headers: {origin: SHOP, 'access-control-request-method': 'GET'},
    });
    assert.equal(response.status, 204);
    assert.equal(response.headers.get('access-control-allow-origin'), SHOP);
    assert.equal(response.headers.get('access-control-allow-methods'), 'GET, HEAD');
    assert.equal(response.headers.get('access-control-max-age'), '86400');
    assert.equal(upstream.requests.length, before);
  });

  it('refuses the preflight of another origin, or of another method, with 403', async () => {
    const {request} = service();
    for (const headers of [
      {origin: 'https://evil.example', 'access-control-request-method': 'GET'},
      {origin: SHOP, 'access-control-request-method': 'DELETE'},
    ]) {
      const response = await request(path, {method: 'OPTIONS', headers});
      assert.equal(response.status, 403);
      assert.equal(response.headers.get('access-control-allow-methods'), null);
    }
  });
});
