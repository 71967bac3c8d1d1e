import {esbuildPlugin} from '@web/dev-server-esbuild';
import {chromeLauncher} from '@web/test-runner-chrome';
import {cdnPlugin} from './test/server/cdn.js';
import {orderApi} from './test/server/order-api.js';
import {reactEsmPlugin} from './test/server/react-esm.js';
import {clipboardPlugin, strictCspPage, testApi, timezonePlugin} from './test/server/test-api.js';

export default {
  // test/service/ is the tracking service's: Node's test runner runs it (`npm run test:service`).
  files: ['test/**/*.test.ts', '!test/service/**'],
  nodeResolve: true,
  // One page at a time: a background tab gets no frames, and viewport and time-zone changes are per page.
  concurrency: 1,
  testFramework: {config: {timeout: 10000}},
  plugins: [
    esbuildPlugin({ts: true, tsconfig: './tsconfig.json'}),
    timezonePlugin,
    clipboardPlugin,
    cdnPlugin(),
    reactEsmPlugin,
  ],
  middleware: [orderApi, testApi, strictCspPage],
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
