import type {AddressInfo} from 'node:net';
import {resolve} from 'node:path';
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import {defaultMinifyOptions} from '@lit-labs/rollup-plugin-minify-html-literals/lib/strategy.js';
import MagicString from 'magic-string';
import {demoOrderApi} from './demo/server/order-api.js';
import {build, defineConfig, type Plugin} from 'vite';
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
 * The entry's memo of the shared chunks that wait on others, exported to the chunks as
 * `loadChunkOnce`: one `import()` per file (by its number in `files`), shared by every caller,
 * forgotten when it fails so that the next load tries again.
 */
const LOAD_ONCE = '__orderTrackerLoadOnce';
const declareLoadOnce = (files: readonly string[]) => `const __orderTrackerImports = [
  ${files.map((file) => `() => ${importWithQuery(`"./${file}"`)}`).join(',\n  ')}
];
const __orderTrackerLoads = [];
const ${LOAD_ONCE} = (index) =>
  (__orderTrackerLoads[index] ??= __orderTrackerImports[index]().catch((error) => {
    __orderTrackerLoads[index] = undefined;
    throw error;
  }));
export {${LOAD_ONCE} as loadChunkOnce};
`;

/**
 * `import(specifier)` with the running module's query added. The literal branch is kept so that
 * an app bundler that re-bundles dist/order-tracker.js still finds the chunks (a computed
 * specifier alone would make it leave them out).
 */
const importWithQuery = (specifier: string) => `(${QUERY} ? import(${specifier} + ${QUERY}) : import(${specifier}))`;

/**
 * Loaded as `order-tracker.js?v=1700000000` (Shopify's `asset_url`, any cache-busting), the
 * script must still run once (README "Hosting dist/ on a CDN"). The chunks take Lit and the
 * shared helpers from the entry, and some take code from a chunk beside them; a plain
 * `import … from "./order-tracker.js"` would drop the query and run a second entry with its own
 * Lit. So the entry loads its chunks with its own query, and a chunk imports the entry and other
 * chunks with the query it was loaded with. The entry keeps no static import: nothing stands
 * between it and the tracking request. And when it loads a chunk, it starts the chunks that one
 * imports at the same moment, so they come side by side rather than one after the other.
 *
 * A chunk that imports others waits for them with a top-level `await`, and WebKit resolves a
 * second `import()` of such a module before its `await` is over (WebKit bug 242740): the view
 * could get a `RefreshController` still undefined. So each chunk that waits is imported once,
 * through the entry's `loadChunkOnce`, and every later import of it shares that one.
 */
const oneEntryWithAnyQuery = (entry: string): Plugin => {
  const namedImport = /import\s*\{([^}]*)\}\s*from\s*(["'])\.\/([\w.~!{}-]+\.js)\2;?/g;
  const dynamicImport = /\bimport\((["'`])\.\/([^"'`]+\.js)\1\)/g;
  const anyStaticImport = /(?:\bfrom|\bimport)\s*["'`]\.\//;
  return {
    name: 'one-entry-with-any-query',
    apply: 'build',
    renderChunk(code, chunk, options, meta) {
      if (options.format !== 'es') return null;
      // The chunks that wait on others at their top level and have several importers (a chunk that
      // imports one statically makes the entry start it too), numbered alike in every chunk.
      const all = Object.values(meta.chunks);
      const shared = all
        .filter(({fileName, imports}) => {
          if (fileName === entry || !imports.length) return false;
          const statically = all.some((other) => other.imports.includes(fileName));
          return statically || all.filter((other) => other.dynamicImports.includes(fileName)).length > 1;
        })
        .map(({fileName}) => fileName)
        .sort();
      /** A chunk's module with the query; once only, through the entry's memo, when it is shared. */
      const load = (file: string) =>
        shared.includes(file) ? `${LOAD_ONCE}(${shared.indexOf(file)})` : importWithQuery(`"./${file}"`);
      const out = new MagicString(code);
      if (chunk.fileName === entry) {
        if (chunk.imports.length) this.error(`${entry} imports ${chunk.imports.join(', ')} statically`);
        for (const found of code.matchAll(dynamicImport)) {
          const besides = (meta.chunks[found[2]!]?.imports ?? []).filter((file) => file !== entry);
          const started = besides.map((file) => `${load(file)}.catch(() => {}), `).join('');
          const loaded = load(found[2]!);
          out.overwrite(found.index, found.index + found[0].length, started ? `(${started}${loaded})` : loaded);
        }
        out.prepend(declareLoadOnce(shared));
      } else if (chunk.imports.length || chunk.dynamicImports.length) {
        for (const found of code.matchAll(namedImport)) {
          const names = found[1]!.replace(/\bas\b/g, ':');
          out.overwrite(found.index, found.index + found[0].length, `const {${names}} = await ${load(found[3]!)};`);
        }
        for (const found of code.matchAll(dynamicImport)) {
          out.overwrite(found.index, found.index + found[0].length, load(found[2]!));
        }
        // Any other form of import would silently bring a second copy back.
        if (anyStaticImport.test(out.toString()))
          this.error(`${chunk.fileName} imports a chunk in a form this plugin does not rewrite`);
        if (out.toString().includes(LOAD_ONCE))
          out.prepend(`const {loadChunkOnce: ${LOAD_ONCE}} = await ${load(entry)};\n`);
      } else return null;
      out.prepend(DECLARE_QUERY);
      return {code: out.toString(), map: out.generateMap({hires: true})};
    },
  };
};

/**
 * The bundler's helper that makes a module namespace for `import()` copies its getters with
 * `for…in`, which also walks what a page has added to `Object.prototype` (old libraries still do)
 * and then throws "Getter must be a function": on such a page the widget would never show. The
 * helper is rewritten to copy its own keys only (README "Reliability and security"); the build
 * fails if the helper changes shape.
 */
const ownKeysInNamespaces = (): Plugin => ({
  name: 'own-keys-in-namespaces',
  apply: 'build',
  renderChunk(code) {
    if (!code.includes('__exportAll')) return null;
    const loop = /(__exportAll = \(all, no_symbols\) => \{\s*let target = \{\};\s*for \(var name )in all\)/.exec(code);
    if (!loop) return this.error("the bundler's __exportAll helper changed shape: check that it skips inherited keys");
    const out = new MagicString(code);
    const start = loop.index + loop[1]!.length;
    out.overwrite(start, start + 'in all)'.length, 'of Object.keys(all))');
    return {code: out.toString(), map: out.generateMap({hires: true})};
  },
});

const dist = resolve(import.meta.dirname, 'dist');
const IIFE_NAME = 'OrderTracker';
const IIFE_FILE = 'order-tracker.iife.js';
const BASE = 'virtual:order-tracker-script-base';

/**
 * The IIFE's languages on demand: a classic script may `import()` a module, so the IIFE loads the
 * very language chunks of the ES build (plain modules that import nothing) from beside itself,
 * with its own query (README "Package outputs"). `document.currentScript` is read while the
 * script runs; without it (code pasted inline by a tag manager, say) the page's base URL is used, and a language
 * that cannot be loaded falls back to English as in the ES build.
 */
const iifeLanguagesOnDemand = (): Plugin => {
  const chunks = new Map<string, string>(); // locale module path → ES chunk file name
  return {
    name: 'iife-languages-on-demand',
    apply: 'build',
    generateBundle(options, bundle) {
      if (options.format !== 'es' || resolve(options.dir ?? '') !== dist) return;
      for (const chunk of Object.values(bundle)) {
        const locale = chunk.type === 'chunk' && /\/src\/i18n\/locales\/[\w-]+\.ts$/.exec(chunk.facadeModuleId ?? '');
        if (locale) chunks.set(locale[0], chunk.fileName);
      }
    },
    async closeBundle() {
      if (!chunks.size) return;
      const found = [...chunks];
      chunks.clear();
      await build({
        configFile: false,
        root: import.meta.dirname,
        logLevel: 'warn',
        plugins: [
          minifyTemplates(),
          ownKeysInNamespaces(),
          {
            name: 'iife-imports-es-language-chunks',
            resolveId: (id) => (id === BASE ? `\0${BASE}` : null),
            load: (id) =>
              id === `\0${BASE}`
                ? `const script = typeof document === 'undefined' ? null : document.currentScript;
const src = script && 'src' in script && script.src ? script.src : '';
/** A file beside this script, with the script's own query (a cache-busting \`?v=…\`). */
export const besideScript = (file) =>
  new URL(file, src || document.baseURI).href + (src ? new URL(src).search : '');`
                : null,
            transform(code, id) {
              if (!id.endsWith('/src/i18n/locale.ts')) return null;
              let out = code;
              for (const [path, file] of found) {
                const name = path.split('/').pop()!.replace(/\.ts$/, '');
                const literal = new RegExp(`import\\(\\s*(["'\`])\\./locales/${name}\\.js\\1\\s*\\)`);
                out = out.replace(literal, `import(besideScript(${JSON.stringify(file)}))`);
              }
              if (out === code) this.error(`no language import() to point at the ES chunks in:\n${code.slice(0, 400)}`);
              return {code: `import {besideScript} from '${BASE}';\n${out}`, map: null};
            },
          },
        ],
        build: {
          outDir: dist,
          emptyOutDir: false,
          target: 'es2022',
          sourcemap: true,
          lib: {
            entry: resolve(import.meta.dirname, 'src/define.ts'),
            formats: ['iife'],
            name: IIFE_NAME,
            fileName: () => IIFE_FILE,
          },
          rolldownOptions: {output: {minify: true, comments: false}},
        },
      });
    },
  };
};

/**
 * `npm run build`: the script-tag bundles (README "Package outputs" and "Performance").
 * - `dist/order-tracker.js`: one ES module, Lit and @lit/task included and minified, registers
 *   `<order-tracker>`; English built in, every other language a chunk beside it loaded on demand.
 * - `dist/order-tracker.iife.js`: the same as a classic script (global `OrderTracker`), built
 *   after it by iifeLanguagesOnDemand: the view is inlined, the languages are the ES build's chunks.
 * The npm entries (`dist/lib/`) come from `tsc -p tsconfig.build.json`, not from here.
 */
export default defineConfig({
  root: 'demo',
  plugins: [
    demoTrackingApi(),
    demoOrderApi(),
    minifyTemplates(),
    ownKeysInNamespaces(),
    oneEntryWithAnyQuery('order-tracker.js'),
    iifeLanguagesOnDemand(),
  ],
  server: {host: '127.0.0.1', port: 5173},
  build: {
    outDir: dist,
    emptyOutDir: true,
    target: 'es2022',
    // Maps beside each file (sources included), so a shop's developer can debug the CDN copy.
    sourcemap: true,
    lib: {
      entry: resolve(import.meta.dirname, 'src/define.ts'),
      formats: ['es'],
      name: IIFE_NAME,
      fileName: () => 'order-tracker.js',
    },
    rolldownOptions: {
      // Code shared with the lazily loaded view stays in order-tracker.js (which may then export
      // more than OrderTracker) instead of going to a third chunk the entry would have to wait
      // for; oneEntryWithAnyQuery keeps that safe under a cache-busting query.
      preserveEntrySignatures: 'allow-extension',
      // Vite's library mode leaves whitespace in ES output; a script-tag bundle wants it all out.
      output: {
        minify: true,
        comments: false,
        chunkFileNames: 'order-tracker-[name]-[hash].js',
        // The English words of a loaded tracking take the country names too (their English
        // names and codes), which leaves the reading core room under its 10 KB budget. Only the
        // modules named: their importers (the entry among them) keep everything else.
        codeSplitting: {
          groups: [
            {
              name: 'tracking-messages',
              includeDependenciesRecursively: false,
              test: /\/src\/(?:i18n\/tracking-messages|tracking\/model\/(?:country-labels|iso-alpha3))\.ts$/,
            },
          ],
        },
      },
    },
  },
});
