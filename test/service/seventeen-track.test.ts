import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {seventeenTrack, type Upstream} from '../../src/service/index.js';
import {createService, HOUR} from './helpers.js';
import {seventeenAccepted, seventeenRejected} from './payloads.js';
import {API_KEY} from './providers.js';
import {useStandIn, type SeenRequest, type StandInReply} from './stand-in.js';

const NUMBER = 'YT2633100123456789';
const NOT_REGISTERED = -18019902;
const ALREADY_REGISTERED = -18019901;
const REGISTERED = {code: 0, data: {accepted: [{number: NUMBER}], rejected: []}};

describe('17track provider', () => {
  const upstream = useStandIn();

  const service = () =>
    createService({provider: seventeenTrack({apiKey: API_KEY, baseUrl: `${upstream.url}/track/v2.2`})});
  const calls = () => upstream.requests.map((request) => `${request.method} ${request.url.pathname}`);

  /** An upstream that knows the number only once it has been registered. */
  /** An upstream that knows the number only while it is registered (`forget()` drops it, as 17TRACK may). */
  const registeringUpstream = (registerReply: StandInReply = {body: REGISTERED}) => {
    let registered = false;
    const answer = (request: SeenRequest): StandInReply => {
      if (request.url.pathname.endsWith('/register')) {
        registered = true;
        return registerReply;
      }
      return {body: registered ? seventeenAccepted(NUMBER) : seventeenRejected(NUMBER, NOT_REGISTERED)};
    };
    return Object.assign(answer, {forget: () => void (registered = false)});
  };

  it('registers [{number}], then POSTs it to gettrackinfo, with the 17token header, and answers unchanged', async () => {
    const text = JSON.stringify(seventeenAccepted(NUMBER, 'Delivered'));
    upstream.answer = (request) => ({body: request.url.pathname.endsWith('/register') ? REGISTERED : text});
    const response = await service().request(`/api/tracking/${NUMBER}`);
    assert.equal(response.status, 200);
    assert.equal(await response.text(), text);
    assert.deepEqual(calls(), ['POST /track/v2.2/register', 'POST /track/v2.2/gettrackinfo']);
    for (const seen of upstream.requests) {
      assert.equal(seen.headers['17token'], API_KEY);
      assert.equal(seen.headers['content-type'], 'application/json');
      assert.deepEqual(JSON.parse(seen.body), [{number: NUMBER}]);
    }
  });

  it('registers a number once per process: later lookups only ask for it', async () => {
    upstream.answer = registeringUpstream();
    const {request, clock} = service();
    const response = await request(`/api/tracking/${NUMBER}`);
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), seventeenAccepted(NUMBER));
    assert.deepEqual(calls(), ['POST /track/v2.2/register', 'POST /track/v2.2/gettrackinfo']);

    clock.advance(HOUR);
    await request(`/api/tracking/${NUMBER}`);
    assert.deepEqual(calls().slice(2), ['POST /track/v2.2/gettrackinfo'], 'no second registration');
  });

  it('takes "already registered" (registered before this process started) as registered', async () => {
    upstream.answer = (request) => ({
      body: request.url.pathname.endsWith('/register')
        ? seventeenRejected(NUMBER, ALREADY_REGISTERED)
        : seventeenAccepted(NUMBER),
    });
    const {request, clock} = service();
    const response = await request(`/api/tracking/${NUMBER}`);
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), seventeenAccepted(NUMBER));
    clock.advance(HOUR);
    await request(`/api/tracking/${NUMBER}`);
    assert.deepEqual(calls(), [
      'POST /track/v2.2/register',
      'POST /track/v2.2/gettrackinfo',
      'POST /track/v2.2/gettrackinfo',
    ]);
  });

  it('registers a remembered number again, once, when gettrackinfo says it is not registered', async () => {
    const answer = registeringUpstream();
    upstream.answer = answer;
    const {request, clock} = service();
    await request(`/api/tracking/${NUMBER}`);
    answer.forget();
    clock.advance(HOUR);
    const response = await request(`/api/tracking/${NUMBER}`);
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), seventeenAccepted(NUMBER));
    assert.deepEqual(calls().slice(2), [
      'POST /track/v2.2/gettrackinfo',
      'POST /track/v2.2/register',
      'POST /track/v2.2/gettrackinfo',
    ]);
  });

  it('gives 20 concurrent requests for a new number one registration and one gettrackinfo', async () => {
    upstream.answer = registeringUpstream();
    const {request} = createService({
      provider: seventeenTrack({apiKey: API_KEY, baseUrl: `${upstream.url}/track/v2.2`}),
      rateLimit: false,
    });
    const responses = await Promise.all(Array.from({length: 20}, () => request(`/api/tracking/${NUMBER}`)));
    assert.deepEqual(
      responses.map((response) => response.status),
      Array(20).fill(200),
    );
    assert.deepEqual(calls(), ['POST /track/v2.2/register', 'POST /track/v2.2/gettrackinfo']);
  });

  it('remembers the newest 10,000 registered numbers, and registers an older one again', async () => {
    const registrations: string[] = [];
    const fake: Upstream = async (url, init) => {
      const [{number}] = JSON.parse(init?.body ?? '[]') as {number: string}[];
      if (url.endsWith('/register')) registrations.push(number);
      const json = url.endsWith('/register')
        ? {code: 0, data: {accepted: [{number}], rejected: []}}
        : seventeenAccepted(number);
      return {status: 200, headers: new Headers(), text: JSON.stringify(json)};
    };
    const provider = seventeenTrack({apiKey: API_KEY});
    const numberAt = (index: number) => `YT${String(index).padStart(12, '0')}`;
    for (let index = 0; index <= 10_000; index += 1) await provider.lookup(numberAt(index), fake);
    assert.equal(registrations.length, 10_001);
    await provider.lookup(numberAt(1), fake);
    assert.equal(registrations.length, 10_001, 'the oldest kept is still remembered');
    await provider.lookup(numberAt(0), fake);
    assert.deepEqual(registrations.slice(10_001), [numberAt(0)], 'the one dropped is registered again');
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
    assert.deepEqual(
      calls(),
      ['POST /track/v2.2/register', 'POST /track/v2.2/register'],
      'asked again: the refusal was not kept, nor the number taken for registered',
    );
  });

  it('answers "no tracking information yet" after registering as not found, with its JSON', async () => {
    const noInfo = seventeenRejected(NUMBER, -18019909);
    upstream.answer = (request) => ({body: request.url.pathname.endsWith('/register') ? REGISTERED : noInfo});
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
    assert.deepEqual(calls(), ['POST /track/v2.2/register']);
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
