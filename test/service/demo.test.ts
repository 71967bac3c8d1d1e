// `npm start`'s tracking API: the demo's dev server answers through the tracking service,
// whose CAINIAO provider asks the stand-in that serves demo/fixtures/.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import type {AddressInfo} from 'node:net';
import {dirname, resolve} from 'node:path';
import {after, before, describe, it} from 'node:test';
import {fileURLToPath} from 'node:url';
import {createServer, type ViteDevServer} from 'vite';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

describe('the demo through the tracking service', () => {
  let server: ViteDevServer;
  let base: string;
  before(async () => {
    server = await createServer({
      configFile: resolve(root, 'vite.config.ts'),
      logLevel: 'silent',
      server: {port: 0, host: '127.0.0.1', open: false},
    });
    await server.listen();
    base = `http://127.0.0.1:${(server.httpServer?.address() as AddressInfo).port}`;
  });
  after(() => server?.close());

  it('answers a fixture unchanged, with the cache headers of production', async () => {
    const response = await fetch(`${base}/api/tracking/LP00612345678901`);
    assert.equal(response.status, 200);
    assert.equal(await response.text(), readFileSync(resolve(root, 'demo/fixtures/LP00612345678901.json'), 'utf8'));
    assert.equal(response.headers.get('x-cache'), 'MISS');
    assert.match(response.headers.get('cache-control') ?? '', /^public, max-age=\d+, stale-while-revalidate=\d+$/);
  });

  it('answers the failing number with a server error, and unknown and refused numbers as production does', async () => {
    const statuses = await Promise.all(
      ['LP00500000000000', 'LP00000000000000', 'LP..0001'].map(
        async (number) => (await fetch(`${base}/api/tracking/${number}`)).status,
      ),
    );
    assert.deepEqual(statuses, [502, 404, 400]);
  });
});
