import {esbuildPlugin} from '@web/dev-server-esbuild';
import {chromeLauncher} from '@web/test-runner-chrome';
import {build} from 'esbuild';
import {PassThrough} from 'node:stream';

/** Strict host-page policy of SPEC §10, served on the CSP test page. */
export const STRICT_CSP =
  "default-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'";

/** Lets a test set the browser's time zone: executeServerCommand('set-timezone', 'Asia/Shanghai'). */
const timezonePlugin = {
  name: 'set-timezone',
  async executeCommand({command, payload, session}) {
    if (command !== 'set-timezone') return undefined;
    const page = session.browser.getPage(session.id);
    await page.emulateTimezone(payload);
    return true;
  },
};

let litBundle;
/** Lit bundled into one module of its own: "another copy of Lit on the page" (SPEC §10). */
const litCopy = () =>
  (litBundle ??= build({
    stdin: {contents: "export * from 'lit';", resolveDir: process.cwd()},
    bundle: true,
    format: 'esm',
    write: false,
  }).then((result) => result.outputFiles[0].text));

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  // One page at a time: a background tab gets no frames, and viewport and time-zone changes are per page.
  concurrency: 1,
  testFramework: {config: {timeout: 10000}},
  plugins: [esbuildPlugin({ts: true, tsconfig: './tsconfig.json'}), timezonePlugin],
  middleware: [
    // A test tracking API: /test-api/status/{code} answers that HTTP status;
    // /test-api/delay/{ms}/{fixture} answers test/fixtures/{fixture}.json after a delay;
    // /test-api/slow-body/{ms} sends its headers and half its JSON at once, the rest after {ms};
    // /test-api/lit-copy.js is a second, self-contained copy of Lit, as another widget would ship.
    async (ctx, next) => {
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
    },
    async (ctx, next) => {
      await next();
      if (ctx.path === '/test/pages/csp.html') ctx.set('Content-Security-Policy', STRICT_CSP);
    },
  ],
  filterBrowserLogs: ({args}) => !String(args[0] ?? '').includes('Lit is in dev mode'),
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
        args: [
          '--no-sandbox',
          '--headless=new',
          '--disable-gpu',
          '--disable-background-networking',
        ],
      },
    }),
  ],
};
