/**
 * The test server's own routes, for web-test-runner: a tracking API that fails on demand, a
 * strict-CSP page, and a second copy of Lit. Used by web-test-runner.config.js.
 */
import {build} from 'esbuild';
import {readFile} from 'node:fs/promises';
import {PassThrough, Readable} from 'node:stream';

/** The accept header of every request to /test-api/counted/{id}/…, per id. */
const requestsSeen = new Map();

/** The strict host-page policy the element must run under (README "Reliability and security"). */
export const STRICT_CSP =
  "default-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'";

let litBundle;
/** Lit bundled into one module of its own: "another copy of Lit on the page". */
const litCopy = () =>
  (litBundle ??= build({
    stdin: {contents: "export * from 'lit';", resolveDir: process.cwd()},
    bundle: true,
    format: 'esm',
    write: false,
  }).then((result) => result.outputFiles[0].text));

/**
 * A test tracking API: /test-api/status/{code} answers that HTTP status (with ?retry-after=…,
 * that Retry-After header);
 * /test-api/delay/{ms}/{fixture} answers test/fixtures/{fixture}.json after a delay;
 * /test-api/slow-body/{ms} sends its headers and half its JSON at once, the rest after {ms};
 * /test-api/lit-copy.js is a second, self-contained copy of Lit, as another widget would ship;
 * /test-api/endless/{id} streams JSON that never ends, and /test-api/sent/{id} says how much of
 * it went out before the client hung up; /test-api/huge/{mb} is valid JSON of {mb} MB, streamed
 * without a length (with ?declared, sent whole with its Content-Length);
 * /test-api/counted/{id}/{fixture} answers test/fixtures/{fixture}.json and counts its requests,
 * which /test-api/count/{id} tells (`{"count": n, "accept": [...]}`).
 */
export async function testApi(ctx, next) {
  const counted = /^\/test-api\/counted\/([\w-]+)\/([\w-]+)$/.exec(ctx.path);
  if (counted) {
    const seen = requestsSeen.get(counted[1]) ?? [];
    requestsSeen.set(counted[1], [...seen, ctx.get('accept')]);
    ctx.type = 'application/json';
    ctx.body = await readFile(`test/fixtures/${counted[2]}.json`);
    return;
  }
  const count = /^\/test-api\/count\/([\w-]+)$/.exec(ctx.path);
  if (count) {
    const seen = requestsSeen.get(count[1]) ?? [];
    ctx.body = {count: seen.length, accept: seen};
    return;
  }
  const endless = /^\/test-api\/endless\/([\w-]+)/.exec(ctx.path);
  if (endless) {
    const record = {bytes: 0, closed: false};
    endlessStreams.set(endless[1], record);
    ctx.type = 'application/json';
    ctx.body = Readable.from(endlessJson(record));
    ctx.res.on('close', () => (record.closed = true));
    return;
  }
  const sent = /^\/test-api\/sent\/([\w-]+)/.exec(ctx.path);
  if (sent) {
    ctx.body = endlessStreams.get(sent[1]) ?? {bytes: 0, closed: false};
    return;
  }
  const huge = /^\/test-api\/huge\/(\d+)/.exec(ctx.path);
  if (huge) {
    ctx.type = 'application/json';
    const events = Array.from({length: Number(huge[1]) * 16}, () => EVENTS_64KB);
    const parts = ['{"trackingNumber": "HUGE0001", "events": [', events.join(','), ']}'];
    ctx.body = 'declared' in ctx.query ? Buffer.from(parts.join('')) : Readable.from(parts);
    return;
  }
  const status = /^\/test-api\/status\/(\d{3})/.exec(ctx.path);
  if (status) {
    ctx.status = Number(status[1]);
    if (ctx.query['retry-after']) ctx.set('Retry-After', ctx.query['retry-after']);
    ctx.body = '<html>Internal error, stack trace at line 42</html>';
    return;
  }
  const slowBody = /^\/test-api\/slow-body\/(\d+)/.exec(ctx.path);
  if (slowBody) {
    // Headers and half a JSON body at once, the rest after a delay: a timeout must cover the body.
    const body = new PassThrough();
    ctx.type = 'application/json';
    ctx.body = body;
    body.write('{"trackingNumber": "SLOW", ');
    const timer = setTimeout(() => body.end('"events": []}'), Number(slowBody[1]));
    body.on('close', () => clearTimeout(timer));
    return;
  }
  if (ctx.path === '/test-api/lit-copy.js') {
    ctx.type = 'js';
    ctx.body = await litCopy();
    return;
  }
  const delay = /^\/test-api\/delay\/(\d+)\/([\w-]+)/.exec(ctx.path);
  if (delay) {
    await new Promise((resolve) => setTimeout(resolve, Number(delay[1])));
    ctx.redirect(`/test/fixtures/${delay[2]}.json`);
    return;
  }
  await next();
}

/** How much each endless stream has sent, and whether its client hung up, by id. */
const endlessStreams = new Map();
/** About 64 KB of events, ready to join into a JSON array. */
const EVENTS_64KB = Array.from({length: 1024}, () => '{"time": "2026-11-20T10:00:00Z", "description": "Scan"}')
  .join(',')
  .padEnd(64 * 1024, ' ');

/** An events array that never closes, 64 KB at a time, as fast as the client reads it. */
function* endlessJson(record) {
  yield '{"trackingNumber": "ENDLESS1", "events": [';
  for (;;) {
    record.bytes += EVENTS_64KB.length + 1;
    yield `${EVENTS_64KB},`;
  }
}

/** Serves the CSP test page under the strict policy. */
export async function strictCspPage(ctx, next) {
  await next();
  if (ctx.path === '/test/pages/csp.html') ctx.set('Content-Security-Policy', STRICT_CSP);
}

/**
 * Lets a test read what the system clipboard really holds: executeServerCommand('grant-clipboard')
 * grants the page clipboard access, so navigator.clipboard.readText() works.
 */
export const clipboardPlugin = {
  name: 'grant-clipboard',
  /** Answers whether the page may now read the clipboard: only Chromium's protocol can grant it. */
  async executeCommand({command, session}) {
    if (command !== 'grant-clipboard') return undefined;
    const page = session.browser.getPage?.(session.id);
    const granted = (name) => ({permission: {name}, state: 'granted'});
    try {
      await page
        .browserContext()
        .setPermission(new URL(page.url()).origin, granted('clipboard-read'), granted('clipboard-write'));
      return true;
    } catch {
      return false;
    }
  },
};

/** Lets a test set the browser's time zone: executeServerCommand('set-timezone', 'Asia/Shanghai'). */
export const timezonePlugin = {
  name: 'set-timezone',
  async executeCommand({command, payload, session}) {
    if (command !== 'set-timezone' && command !== 'forced-colors') return undefined;
    const page = session.browser.getPage(session.id);
    // 'forced-colors' ('active' or 'none'): Windows high contrast, which emulateMedia cannot set here.
    if (command === 'forced-colors') {
      const client = await page.createCDPSession();
      await client.send('Emulation.setEmulatedMedia', {features: [{name: 'forced-colors', value: payload}]});
    } else await page.emulateTimezone(payload);
    return true;
  },
};
