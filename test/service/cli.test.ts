// order-tracker-server as a user runs it: the built dist/ file in a child process.
import assert from 'node:assert/strict';
import {spawn} from 'node:child_process';
import {once} from 'node:events';
import {existsSync} from 'node:fs';
import {dirname, resolve} from 'node:path';
import {createInterface} from 'node:readline';
import {after, before, describe, it} from 'node:test';
import {fileURLToPath} from 'node:url';
import {CAINIAO} from './payloads.js';
import {API_KEY} from './providers.js';
import {startRedisServer} from './redis-server.js';
import {useStandIn} from './stand-in.js';

const CLI = resolve(dirname(fileURLToPath(import.meta.url)), '../../dist/lib/service/node/cli.js');
const NUMBER = 'LP00698765432109';
const SHOP = 'https://shop.example';

/** Starts the command; resolves once it logs `listening`, with its address and every line it wrote. */
async function startCli(args: string[], env: Record<string, string> = {}) {
  const child = spawn(process.execPath, [CLI, '--port', '0', ...args], {
    env: {PATH: process.env.PATH, ...env},
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const listening = new Promise<number>((resolve, reject) => {
    createInterface({input: child.stdout}).on('line', (line) => {
      lines.push(line);
      const entry = JSON.parse(line);
      if (entry.event === 'listening') resolve(entry.port);
    });
    child.once('exit', (code) => reject(new Error(`exited with ${code}`)));
  });
  const port = await listening;
  return {
    child,
    lines,
    url: `http://127.0.0.1:${port}`,
    async stop() {
      child.kill('SIGTERM');
      const [code] = await once(child, 'exit');
      return code as number;
    },
  };
}

/** Runs the command to its end (it refuses to start); resolves with its exit code and stderr. */
async function runCli(args: string[], env: Record<string, string> = {}) {
  const child = spawn(process.execPath, [CLI, ...args], {
    env: {PATH: process.env.PATH, ...env},
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const [code] = await once(child, 'exit');
  return {code, stderr};
}

describe('order-tracker-server, from the built package', () => {
  const upstream = useStandIn();
  before(() => assert.ok(existsSync(CLI), `${CLI} is missing: npm run build:service`));

  it('serves tracking, CORS and /healthz, then stops cleanly on SIGTERM', async () => {
    upstream.answer = () => ({body: CAINIAO.inTransit(NUMBER)});
    const cli = await startCli(['--upstream', upstream.url, '--allow-origin', SHOP, '--base', '/apps/tracking']);
    const response = await fetch(`${cli.url}/apps/tracking/${NUMBER}`, {headers: {origin: SHOP}});
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), CAINIAO.inTransit(NUMBER));
    assert.equal(response.headers.get('access-control-allow-origin'), SHOP);
    assert.equal((await fetch(`${cli.url}/healthz`)).status, 200);
    assert.equal((await fetch(`${cli.url}/apps/tracking/..%2F..%2Fetc`)).status, 400);
    assert.equal(await cli.stop(), 0);
    const events = cli.lines.map((line) => JSON.parse(line).event);
    assert.deepEqual(events.slice(-2), ['stopping', 'stopped']);
  });

  it('refuses to start a keyed provider without ORDER_TRACKER_API_KEY', async () => {
    const {code, stderr} = await runCli(['--provider', '17track']);
    assert.equal(code, 2);
    assert.match(stderr, /ORDER_TRACKER_API_KEY/);
  });

  it('refuses an unknown provider or a malformed origin', async () => {
    assert.equal((await runCli(['--provider', 'fedex'])).code, 2);
    assert.equal((await runCli(['--allow-origin', 'https://shop.example/path'])).code, 2);
    const notAUrl = await runCli(['--allow-origin', 'shop.example']);
    assert.equal(notAUrl.code, 2);
    assert.match(notAUrl.stderr, /--allow-origin takes an origin/);
  });

  it('sends the key from the environment upstream, and never logs it', async () => {
    upstream.answer = () => ({status: 401, body: {message: `bad key ${API_KEY}`}});
    const cli = await startCli(['--provider', '17track', '--upstream', upstream.url], {ORDER_TRACKER_API_KEY: API_KEY});
    const response = await fetch(`${cli.url}/api/tracking/${NUMBER}`);
    assert.equal(response.status, 502);
    assert.ok(!(await response.text()).includes(API_KEY));
    assert.equal(upstream.requests[0].headers['17token'], API_KEY);
    assert.equal(await cli.stop(), 0);
    assert.ok(cli.lines.length >= 4);
    assert.ok(cli.lines.every((line) => !line.includes(API_KEY)));
  });

  describe('with --redis', () => {
    let redis: Awaited<ReturnType<typeof startRedisServer>>;
    before(async () => {
      redis = await startRedisServer();
    });
    after(() => redis?.stop());

    it('keeps answers across restarts', async () => {
      upstream.answer = () => ({body: CAINIAO.delivered(NUMBER)});
      for (const expected of ['MISS', 'HIT']) {
        const cli = await startCli(['--upstream', upstream.url, '--redis', redis.url]);
        const response = await fetch(`${cli.url}/api/tracking/${NUMBER}`);
        assert.equal(response.headers.get('x-cache'), expected);
        assert.equal(await cli.stop(), 0);
      }
      assert.equal(upstream.requests.length, 1);
    });
  });
});
