import type {AddressInfo} from 'node:net';
import {resolve} from 'node:path';
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import {defaultMinifyOptions} from '@lit-labs/rollup-plugin-minify-html-literals/lib/strategy.js';
import {defineConfig, type Plugin} from 'vite';
import {cainiaoStandIn, STAND_IN_PATH} from './demo/server/cainiao-stand-in.js';
import {cainiao, createTrackingHandler, jsonLogger} from './src/service/index.js';
import {toNodeListener} from './src/service/node/listener.js';

/**
 * The demo's tracking API, `/api/tracking/{number}`, served by the package's own tracking service
 * (README "The tracking service") with the CAINIAO provider, pointed at a stand-in of CAINIAO's
 * endpoint on this dev server that answers from demo/fixtures/. No network needed.
 */
const demoTrackingApi = (): Plugin => ({
  name: 'demo-tracking-api',
  configureServer(server) {
    let listener: ReturnType<typeof toNodeListener> | undefined;
    /** Built on the first request, when the dev server's port is known. */
    const trackingListener = () => {
      const {port} = server.httpServer?.address() as AddressInfo;
      return (listener ??= toNodeListener(
        createTrackingHandler({
          provider: cainiao({baseUrl: `http://127.0.0.1:${port}${STAND_IN_PATH}`}),
          // The demo page alone asks for eight numbers on every reload.
          rateLimit: {limit: 600},
          log: jsonLogger({write: (line) => server.config.logger.info(line)}),
        }),
      ));
    };
    server.middlewares.use(`${STAND_IN_PATH}/global/detail.json`, cainiaoStandIn);
    server.middlewares.use((request, response, next) => {
      if (request.url?.startsWith('/api/tracking/')) void trackingListener()(request, response);
      else next();
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
