/**
 * React for the browser tests: React ships CommonJS only, so `react` and `react-dom/client` are
 * served as ES modules bundled by esbuild, one copy of React shared by both.
 */
import {build} from 'esbuild';
import {execFileSync} from 'node:child_process';

const MODULES = {react: 'React', 'react-dom/client': 'ReactDOMClient'};
const BUNDLE = '/test-vendor/react-bundle.js';

let bundle;
const reactBundle = () =>
  (bundle ??= build({
    stdin: {
      contents: Object.entries(MODULES)
        .map(([name, binding]) => `export {default as ${binding}} from '${name}';`)
        .join('\n'),
      resolveDir: process.cwd(),
    },
    bundle: true,
    format: 'esm',
    define: {'process.env.NODE_ENV': '"development"'},
    write: false,
  }).then((result) => result.outputFiles[0].text));

/** A CommonJS module's export names, read in a child process (React's dev build patches `console`). */
const exportNames = (name) =>
  JSON.parse(
    execFileSync(
      process.execPath,
      ['-e', `console.log(JSON.stringify(Object.keys(require(${JSON.stringify(name)}))))`],
      {
        encoding: 'utf8',
      },
    ),
  ).filter((key) => /^[A-Za-z_$][\w$]*$/.test(key) && key !== 'default');

/** The module a bare `react` import resolves to: the bundle's copy, with every named export. */
const facade = (name) => {
  const names = exportNames(name);
  return `import {${MODULES[name]} as module} from '${BUNDLE}';
export default module;
export const {${names.join(', ')}} = module;`;
};

export const reactEsmPlugin = {
  name: 'react-esm',
  resolveImport({source}) {
    return source in MODULES ? `/test-vendor/${source}.js` : undefined;
  },
  async serve({path}) {
    if (path === BUNDLE) return {body: await reactBundle(), type: 'js'};
    const name = /^\/test-vendor\/(.+)\.js$/.exec(path)?.[1];
    return name in MODULES ? {body: facade(name), type: 'js'} : undefined;
  },
};
