/**
 * The test server's own routes, for web-test-runner: a tracking API that fails on demand, a
 * strict-CSP page, and a second copy of Lit. Used by web-test-runner.config.js.
 */
import {build} from 'esbuild';
import {PassThrough} from 'node:stream';

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
 * A test tracking API: /test-api/status/{code} answers that HTTP status;
 * /test-api/delay/{ms}/{fixture} answers test/fixtures/{fixture}.json after a delay;
 * /test-api/slow-body/{ms} sends its headers and half its JSON at once, the rest after {ms};
 * /test-api/lit-copy.js is a second, self-contained copy of Lit, as another widget would ship.
 */
export async function testApi(ctx, next) {
  const status = /^\/test-api\/status\/(\d{3})/.exec(ctx.path);
  if (status) {
    ctx.status = Number(status[1]);
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

/** Serves the CSP test page under the strict policy. */
export async function strictCspPage(ctx, next) {
  await next();
  if (ctx.path === '/test/pages/csp.html') ctx.set('Content-Security-Policy', STRICT_CSP);
}

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
