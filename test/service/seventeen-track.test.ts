import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {seventeenTrack} from '../../src/service/index.js';
import {createService, HOUR} from './helpers.js';
import {seventeenAccepted, seventeenRejected} from './payloads.js';
import {API_KEY} from './providers.js';
import {useStandIn, type SeenRequest, type StandInReply} from './stand-in.js';

const NUMBER = 'YT2633100123456789';
const NOT_REGISTERED = -18019902;

describe('17track provider', () => {
  const upstream = useStandIn();

  const service = () =>
    createService({provider: seventeenTrack({apiKey: API_KEY, baseUrl: `${upstream.url}/track/v2.2`})});
  const calls = () => upstream.requests.map((request) => `${request.method} ${request.url.pathname}`);

  /** An upstream that knows the number only once it has been registered. */
  const registeringUpstream = (
    registerReply: StandInReply = {body: {code: 0, data: {accepted: [{number: NUMBER}], rejected: []}}},
  ) => {
    let registered = false;
    return (request: SeenRequest): StandInReply => {
      if (request.url.pathname.endsWith('/register')) {
        registered = true;
        return registerReply;
      }
      return {body: registered ? seventeenAccepted(NUMBER) : seventeenRejected(NUMBER, NOT_REGISTERED)};
    };
  };

  it('POSTs [{number}] to gettrackinfo with the 17token header and answers unchanged', async () => {
    const text = JSON.stringify(seventeenAccepted(NUMBER, 'Delivered'));
    upstream.answer = () => ({body: text});
    const response = await service().request(`/api/tracking/${NUMBER}`);
    assert.equal(response.status, 200);
    assert.equal(await response.text(), text);
    const [seen] = upstream.requests;
    assert.deepEqual(calls(), ['POST /track/v2.2/gettrackinfo']);
    assert.equal(seen.headers['17token'], API_KEY);
    assert.equal(seen.headers['content-type'], 'application/json');
    assert.deepEqual(JSON.parse(seen.body), [{number: NUMBER}]);
  });

  it('registers a number it does not know yet, once, then asks again', async () => {
    upstream.answer = registeringUpstream();
    const {request, clock} = service();
    const response = await request(`/api/tracking/${NUMBER}`);
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), seventeenAccepted(NUMBER));
    assert.deepEqual(calls(), [
      'POST /track/v2.2/gettrackinfo',
      'POST /track/v2.2/register',
      'POST /track/v2.2/gettrackinfo',
    ]);
    assert.deepEqual(JSON.parse(upstream.requests[1].body), [{number: NUMBER}]);

    clock.advance(HOUR);
    await request(`/api/tracking/${NUMBER}`);
    assert.deepEqual(calls().slice(3), ['POST /track/v2.2/gettrackinfo'], 'no second registration');
  });

  it('answers a used-up quota with 503 and an hour of Retry-After, not cached', async () => {
    upstream.answer = (request) =>
      request.url.pathname.endsWith('/register')
        ? {body: seventeenRejected(NUMBER, -18019908)}
        : {body: seventeenRejected(NUMBER, NOT_REGISTERED)};
    const {request} = service();
    const response = await request(`/api/tracking/${NUMBER}`);
    assert.equal(response.status, 503);
    assert.equal(response.headers.get('retry-after'), '3600');
    await request(`/api/tracking/${NUMBER}`);
    assert.equal(upstream.requests.length, 4, 'asked again: the refusal was not kept');
  });

  it('answers "no tracking information yet" after registering as not found, with its JSON', async () => {
    const noInfo = seventeenRejected(NUMBER, -18019909);
    let registered = false;
    upstream.answer = (request) => {
      if (request.url.pathname.endsWith('/register')) registered = true;
      return {body: registered ? noInfo : seventeenRejected(NUMBER, NOT_REGISTERED)};
    };
    const response = await service().request(`/api/tracking/${NUMBER}`);
    assert.equal(response.status, 404);
    assert.deepEqual(await response.json(), noInfo);
    assert.match(response.headers.get('cache-control') ?? '', /max-age=30\b/);
  });

  it('answers a number 17TRACK will not register (no carrier detected) as not found', async () => {
    const noCarrier = seventeenRejected(NUMBER, -18019903);
    upstream.answer = registeringUpstream({body: noCarrier});
    const response = await service().request(`/api/tracking/${NUMBER}`);
    assert.equal(response.status, 404);
    assert.deepEqual(await response.json(), noCarrier);
    assert.equal(upstream.requests.length, 2);
  });

  it('answers a refused key with 502, never naming the key', async () => {
    upstream.answer = () => ({
      body: {code: -18010002, data: {errors: [{code: -18010002, message: `Access token ${API_KEY} is invalid`}]}},
    });
    const response = await service().request(`/api/tracking/${NUMBER}`);
    assert.equal(response.status, 502);
    assert.ok(!(await response.text()).includes(API_KEY));
  });
});
