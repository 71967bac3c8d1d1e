import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {createService, CLIENT_ADDRESS} from './helpers.js';
import {API_KEY, happyAnswer, PROVIDERS} from './providers.js';
import {useStandIn, type SeenRequest, type StandInReply} from './stand-in.js';

const NUMBER = 'LP00698765432109';
const SHOP = 'https://shop.example';

/** What a browser (or an attacker) sends along. */
const CLIENT_HEADERS = {
  cookie: 'session=client-session-cookie',
  authorization: 'Bearer client-token',
  'x-forwarded-for': '192.0.2.44',
  referer: 'https://shop.example/orders/1234?email=someone@example.com',
  origin: SHOP,
  'user-agent': 'ClientBrowser/1.0',
  'accept-language': 'de-DE',
  'x-custom': 'client-custom',
};

/** Headers fetch itself adds, and the ones providers set. Nothing else may reach the upstream. */
const UPSTREAM_MAY_RECEIVE = [
  'host',
  'connection',
  'accept',
  'accept-encoding',
  'accept-language',
  'sec-fetch-mode',
  'user-agent',
  'content-type',
  'content-length',
];

/** Everything the service may answer with. */
const CLIENT_MAY_RECEIVE = [
  'content-type',
  'x-content-type-options',
  'cache-control',
  'x-cache',
  'retry-after',
  'vary',
  'access-control-allow-origin',
  'access-control-expose-headers',
];

/** The upstream tries to pass cookies and its own headers down, and echoes the key in errors. */
const withUpstreamHeaders = (reply: StandInReply): StandInReply =>
  typeof reply === 'function'
    ? reply
    : {
        ...reply,
        headers: {'set-cookie': 'upstream=tracking-cookie; Path=/', 'x-upstream-secret': 'internal', ...reply.headers},
      };

for (const {name, keyHeader, create} of PROVIDERS) {
  describe(`${name}: nothing leaks`, () => {
    const upstream = useStandIn();

    const scenarios: [string, (request: SeenRequest) => StandInReply][] = [
      ['an answer', happyAnswer(name, NUMBER)],
      ['a refused key', () => ({status: 401, body: {message: `invalid key ${API_KEY}`}})],
      ['a server error', () => ({status: 500, body: `failed for ${API_KEY}`})],
      ['a rate limit', () => ({status: 429, headers: {'retry-after': '5'}, body: {key: API_KEY}})],
    ];

    for (const [what, reply] of scenarios) {
      it(`on ${what}: no client header upstream, no upstream header or key down, no key or address logged`, async () => {
        upstream.answer = (seen) => withUpstreamHeaders(reply(seen));
        const {request, logs} = createService({provider: create(upstream.url), allowOrigins: [SHOP]});
        const response = await request(`/api/tracking/${NUMBER}`, {headers: CLIENT_HEADERS});
        const body = await response.text();

        assert.ok(upstream.requests.length > 0);
        for (const seen of upstream.requests) {
          const allowed = keyHeader ? [...UPSTREAM_MAY_RECEIVE, keyHeader] : UPSTREAM_MAY_RECEIVE;
          assert.deepEqual(
            Object.keys(seen.headers).filter((header) => !allowed.includes(header)),
            [],
          );
          assert.equal(seen.headers['user-agent'], 'order-tracker-server');
          assert.notEqual(seen.headers['accept-language'], CLIENT_HEADERS['accept-language']);
          if (keyHeader) assert.equal(seen.headers[keyHeader], API_KEY);
        }

        const headers = Object.fromEntries(response.headers);
        assert.deepEqual(
          Object.keys(headers).filter((header) => !CLIENT_MAY_RECEIVE.includes(header)),
          [],
        );
        for (const text of [...Object.values(headers), ...(what === 'an answer' ? [] : [body])]) {
          assert.ok(!text.includes(API_KEY), `the key in ${text}`);
        }
        for (const line of logs) {
          for (const secret of [API_KEY, CLIENT_ADDRESS, NUMBER, 'client-session-cookie', '192.0.2.44']) {
            assert.ok(!line.includes(secret), `${secret} logged in ${line}`);
          }
        }
        assert.ok(logs.length >= 2, 'the request and the upstream call were logged');
      });
    }
  });
}
