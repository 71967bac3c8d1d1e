import {esbuildPlugin} from '@web/dev-server-esbuild';
import {chromeLauncher} from '@web/test-runner-chrome';

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

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 2,
  testFramework: {config: {timeout: 10000}},
  plugins: [esbuildPlugin({ts: true, tsconfig: './tsconfig.json'}), timezonePlugin],
  middleware: [
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
        args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-background-networking'],
      },
    }),
  ],
};
