import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {aftership} from '../../src/service/index.js';
import {createService} from './helpers.js';
import {aftershipTracking} from './payloads.js';
import {API_KEY} from './providers.js';
import {useStandIn, type StandInReply} from './stand-in.js';

const NUMBER = 'UBI7781234567';

describe('aftership provider', () => {
  const upstream = useStandIn();

  const service = () =>
    createService({provider: aftership({apiKey: API_KEY, baseUrl: `${upstream.url}/tracking/2024-07`})});
  const calls = () =>
    upstream.requests.map((request) => `${request.method} ${request.url.pathname}${request.url.search}`);
  const list = (...trackings: unknown[]): StandInReply => ({body: {meta: {code: 200}, data: {trackings}}});

  it('finds the tracking by number, then answers its one-tracking JSON unchanged', async () => {
    const one = JSON.stringify({meta: {code: 200}, data: aftershipTracking(NUMBER)});
    upstream.answer = (request) =>
      request.url.pathname.endsWith('/trackings') ? list(aftershipTracking(NUMBER)) : {body: one};
    const response = await service().request(`/api/tracking/${NUMBER}`);
    assert.equal(response.status, 200);
    assert.equal(await response.text(), one);
    assert.deepEqual(calls(), [
      `GET /tracking/2024-07/trackings?tracking_numbers=${NUMBER}`,
      'GET /tracking/2024-07/trackings/trk0001',
    ]);
    assert.ok(upstream.requests.every((request) => request.headers['as-api-key'] === API_KEY));
  });

  it('creates the tracking when the account has none, and answers the created one', async () => {
    const created = {meta: {code: 201}, data: aftershipTracking(NUMBER)};
    upstream.answer = (request) => (request.method === 'POST' ? {status: 201, body: created} : list());
    const response = await service().request(`/api/tracking/${NUMBER}`);
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), created);
    assert.deepEqual(calls(), [
      `GET /tracking/2024-07/trackings?tracking_numbers=${NUMBER}`,
      'POST /tracking/2024-07/trackings',
    ]);
    assert.deepEqual(JSON.parse(upstream.requests[1].body), {tracking_number: NUMBER});
    assert.equal(upstream.requests[1].headers['content-type'], 'application/json');
  });

  it('answers a number AfterShip cannot track as not found', async () => {
    upstream.answer = (request) =>
      request.method === 'POST' ? {status: 400, body: {meta: {code: 4005}, data: {}}} : list();
    const response = await service().request(`/api/tracking/${NUMBER}`);
    assert.equal(response.status, 404);
    assert.equal((await response.json()).error, 'unknown-number');
  });

  it('takes the existing tracking when a create loses a race with another server', async () => {
    let createdElsewhere = false;
    upstream.answer = (request) => {
      if (request.method === 'POST') {
        createdElsewhere = true;
        return {status: 400, body: {meta: {code: 4003}, data: {}}};
      }
      if (request.url.pathname.endsWith('/trackings'))
        return createdElsewhere ? list(aftershipTracking(NUMBER)) : list();
      return {body: {meta: {code: 200}, data: aftershipTracking(NUMBER)}};
    };
    const response = await service().request(`/api/tracking/${NUMBER}`);
    assert.equal(response.status, 200);
    assert.equal(upstream.requests.length, 4);
  });

  it('never puts an odd tracking id into a path', async () => {
    upstream.answer = () => list({...aftershipTracking(NUMBER), id: '../../admin'});
    const response = await service().request(`/api/tracking/${NUMBER}`);
    assert.equal(response.status, 502);
    assert.equal(upstream.requests.length, 1);
  });
});
