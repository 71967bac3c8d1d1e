import {existsSync, readFileSync} from 'node:fs';
import {resolve} from 'node:path';
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import {defaultMinifyOptions} from '@lit-labs/rollup-plugin-minify-html-literals/lib/strategy.js';
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

/**
 * Minifies the HTML and CSS inside `html` and `css` tagged literals of our own sources (build
 * only). Whitespace runs collapse to one space, never to none (`conservativeCollapse`), so text
 * such as `${badge} ${label}` keeps its spaces.
 */
const minifyTemplates = (): Plugin => ({
  ...(minifyHtmlLiterals({
    failOnError: true,
    filter: (id: string) => /\.[jt]s$/.test(id) && !id.includes('/node_modules/'),
    options: {minifyOptions: {...defaultMinifyOptions, conservativeCollapse: true}},
  }) as unknown as Plugin),
  apply: 'build',
});

/**
 * `npm run build`: the script-tag bundles (SPEC §1, §12).
 * - `dist/order-tracker.js`: one ES module, Lit and @lit/task included and minified, registers
 *   `<order-tracker>`; English built in, every other language a chunk beside it loaded on demand.
 * - `dist/order-tracker.iife.js`: the same as a classic script (global `OrderTracker`); a classic
 *   script cannot load chunks, so its languages are inlined.
 * The npm entries (`dist/lib/`) come from `tsc -p tsconfig.build.json`, not from here.
 */
export default defineConfig({
  root: 'demo',
  plugins: [demoTrackingApi(), minifyTemplates()],
  server: {host: '127.0.0.1', port: 5173},
  build: {
    outDir: resolve(import.meta.dirname, 'dist'),
    emptyOutDir: true,
    target: 'es2022',
    lib: {
      entry: resolve(import.meta.dirname, 'src/define.ts'),
      formats: ['es', 'iife'],
      name: 'OrderTracker',
      fileName: (format) => (format === 'es' ? 'order-tracker.js' : `order-tracker.${format}.js`),
    },
    rolldownOptions: {
      // Code shared with the lazily loaded view stays in order-tracker.js (which may then export
      // more than OrderTracker) instead of going to a third, always-loaded chunk.
      preserveEntrySignatures: 'allow-extension',
      // Vite's library mode leaves whitespace in ES output; a script-tag bundle wants it all out.
      output: {minify: true, comments: false, chunkFileNames: 'order-tracker-[name]-[hash].js'},
    },
  },
});
