import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {createService} from './helpers.js';
import {PROVIDERS} from './providers.js';
import {endlessBody, hang, useStandIn} from './stand-in.js';

const NUMBER = 'LP00698765432109';
const MB = 1024 * 1024;

for (const {name, create} of PROVIDERS) {
  describe(`${name}: upstream failures`, () => {
    const upstream = useStandIn();

    const lookup = (options: {upstreamTimeoutMs?: number} = {}) =>
      createService({provider: create(upstream.url), ...options}).request(`/api/tracking/${NUMBER}`);

    const expectError = async (response: Response, status: number, error: string) => {
      assert.equal(response.status, status);
      assert.equal(response.headers.get('cache-control'), 'no-store');
      assert.equal((await response.json()).error, error);
    };

    it('answers an upstream 5xx with 502', async () => {
      upstream.answer = () => ({status: 500, body: {message: 'internal'}});
      await expectError(await lookup(), 502, 'upstream-failed');
    });

    it('answers an upstream 429 with 503 and its Retry-After', async () => {
      upstream.answer = () => ({status: 429, headers: {'retry-after': '30'}, body: {}});
      const response = await lookup();
      assert.equal(response.headers.get('retry-after'), '30');
      await expectError(response, 503, 'upstream-refused');
    });

    it('answers an upstream that does not answer in time with 504', async () => {
      upstream.answer = () => hang;
      await expectError(await lookup({upstreamTimeoutMs: 150}), 504, 'upstream-timeout');
    });

    it('answers malformed JSON with 502', async () => {
      upstream.answer = () => ({body: '{"success": true, "module": ['});
      await expectError(await lookup(), 502, 'upstream-failed');
    });

    it('answers JSON that is no tracking with 502', async () => {
      upstream.answer = () => ({body: {hello: 'world'}});
      await expectError(await lookup(), 502, 'upstream-failed');
    });

    it('stops reading a huge body at 5 MB and answers 502', async () => {
      const body = endlessBody();
      upstream.answer = () => body.reply;
      await expectError(await lookup(), 502, 'upstream-failed');
      assert.ok(body.written() < 8 * MB, `read ${body.written()} bytes`);
    });

    it('refuses a body declared larger than 5 MB without reading it', async () => {
      upstream.answer = () => (response) => {
        response.writeHead(200, {'content-type': 'application/json', 'content-length': String(6 * MB)});
        response.write('{');
      };
      await expectError(await lookup(), 502, 'upstream-failed');
    });
  });
}
