import {existsSync, readFileSync} from 'node:fs';
import {resolve} from 'node:path';
import {defineConfig, type Plugin} from 'vite';

const fixtures = resolve(import.meta.dirname, 'demo/fixtures');

/** Tracking numbers the demo API answers with a server error. */
const FAILING_NUMBERS = new Set(['LP00500000000000']);

/**
 * The demo's tracking API, `/api/tracking/{number}`: answers from demo/fixtures/{number}.json,
 * a 500 for the failing numbers and a 404 for any other number. No network needed.
 */
const demoTrackingApi = (): Plugin => ({
  name: 'demo-tracking-api',
  configureServer(server) {
    server.middlewares.use('/api/tracking/', (request, response) => {
      const number = decodeURIComponent((request.url ?? '').replace(/^\//, '').split('?')[0]);
      const file = resolve(fixtures, `${number}.json`);
      const known = /^[\w-]+$/.test(number) && existsSync(file);
      response.setHeader('content-type', 'application/json');
      response.statusCode = FAILING_NUMBERS.has(number) ? 500 : known ? 200 : 404;
      // A short delay, so the loading skeleton can be seen.
      setTimeout(() => response.end(known ? readFileSync(file) : JSON.stringify({error: 'not found'})), 400);
    });
  },
});

export default defineConfig({
  root: 'demo',
  plugins: [demoTrackingApi()],
  server: {host: '127.0.0.1', port: 5173},
  build: {
    outDir: resolve(import.meta.dirname, 'dist'),
    emptyOutDir: true,
    lib: {
      entry: resolve(import.meta.dirname, 'src/define.ts'),
      formats: ['es'],
      fileName: () => 'order-tracker.js',
    },
  },
});
