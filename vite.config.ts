import type {AddressInfo} from 'node:net';
import {resolve} from 'node:path';
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import {defaultMinifyOptions} from '@lit-labs/rollup-plugin-minify-html-literals/lib/strategy.js';
import MagicString from 'magic-string';
import {demoOrderApi} from './demo/server/order-api.js';
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

/** Declares the running module's query (`?v=1700000000`, or '') under a name no source uses. */
const QUERY = '__orderTrackerOwnQuery';
const DECLARE_QUERY = `const ${QUERY} = new URL(import.meta.url).search;\n`;

/**
 * `import(specifier)` with the running module's query added. The literal branch is kept so that
 * an app bundler that re-bundles dist/order-tracker.js still finds the chunks (a computed
 * specifier alone would make it leave them out).
 */
const importWithQuery = (specifier: string) => `(${QUERY} ? import(${specifier} + ${QUERY}) : import(${specifier}))`;

/**
 * Loaded as `order-tracker.js?v=1700000000` (Shopify's `asset_url`, any cache-busting), the
 * script must still run once (README "Hosting dist/ on a CDN"). The view chunk takes Lit and the
 * shared helpers from the entry; a plain `import … from "./order-tracker.js"` would drop the
 * query and run a second entry with its own Lit. So the entry loads its chunks with its own
 * query, and a chunk imports the entry with the query it was loaded with. The entry keeps no
 * static import: nothing stands between it and the tracking request.
 */
const oneEntryWithAnyQuery = (entry: string): Plugin => {
  const path = `\\./${entry.replace(/\./g, '\\.')}`;
  const namedImport = new RegExp(`import\\s*\\{([^}]*)\\}\\s*from\\s*(["'])${path}\\2;?`, 'g');
  const anyImport = new RegExp(`(from|import)\\s*\\(?\\s*["'\`]${path}["'\`]`);
  return {
    name: 'one-entry-with-any-query',
    apply: 'build',
    renderChunk(code, chunk, options) {
      if (options.format !== 'es') return null;
      const out = new MagicString(code);
      if (chunk.fileName === entry) {
        for (const found of code.matchAll(/\bimport\((["'`]\.\/[^"'`]+\.js["'`])\)/g)) {
          out.overwrite(found.index, found.index + found[0].length, importWithQuery(found[1]!));
        }
      } else if (chunk.imports.includes(entry)) {
        for (const found of code.matchAll(namedImport)) {
          const names = found[1]!.replace(/\bas\b/g, ':');
          const replacement = `const {${names}} = await ${importWithQuery(`"./${entry}"`)};`;
          out.overwrite(found.index, found.index + found[0].length, replacement);
        }
        // Any other form of import would silently bring the second entry back.
        const rest = out.toString().replaceAll(importWithQuery(`"./${entry}"`), '');
        if (anyImport.test(rest))
          this.error(`${chunk.fileName} imports ${entry} in a form this plugin does not rewrite`);
      } else return null;
      out.prepend(DECLARE_QUERY);
      return {code: out.toString(), map: out.generateMap({hires: true})};
    },
  };
};

/**
 * `npm run build`: the script-tag bundles (README "Package outputs" and "Performance").
 * - `dist/order-tracker.js`: one ES module, Lit and @lit/task included and minified, registers
 *   `<order-tracker>`; English built in, every other language a chunk beside it loaded on demand.
 * - `dist/order-tracker.iife.js`: the same as a classic script (global `OrderTracker`); a classic
 *   script cannot load chunks, so its languages are inlined.
 * The npm entries (`dist/lib/`) come from `tsc -p tsconfig.build.json`, not from here.
 */
export default defineConfig({
  root: 'demo',
  plugins: [demoTrackingApi(), demoOrderApi(), minifyTemplates(), oneEntryWithAnyQuery('order-tracker.js')],
  server: {host: '127.0.0.1', port: 5173},
  build: {
    outDir: resolve(import.meta.dirname, 'dist'),
    emptyOutDir: true,
    target: 'es2022',
    // Maps beside each file (sources included), so a shop's developer can debug the CDN copy.
    sourcemap: true,
    lib: {
      entry: resolve(import.meta.dirname, 'src/define.ts'),
      formats: ['es', 'iife'],
      name: 'OrderTracker',
      fileName: (format) => (format === 'es' ? 'order-tracker.js' : `order-tracker.${format}.js`),
    },
    rolldownOptions: {
      // Code shared with the lazily loaded view stays in order-tracker.js (which may then export
      // more than OrderTracker) instead of going to a third chunk the entry would have to wait
      // for; oneEntryWithAnyQuery keeps that safe under a cache-busting query.
      preserveEntrySignatures: 'allow-extension',
      // Vite's library mode leaves whitespace in ES output; a script-tag bundle wants it all out.
      output: {minify: true, comments: false, chunkFileNames: 'order-tracker-[name]-[hash].js'},
    },
  },
});
