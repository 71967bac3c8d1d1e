// `npm run analyze` (part of `npm run build`): custom-elements.json from the element's JSDoc
// (SPEC §3), for editors and Storybook. Only the element and the package's entry modules are
// analysed; module paths are rewritten from src/*.ts to the shipped dist/lib/*.js.
import {posix} from 'node:path';

/** `src/x.ts`, `/src/x.js`, or `./x.js` relative to `from` → `dist/lib/x.js`. */
function shipped(path, from) {
  if (path.startsWith('./') || path.startsWith('../')) path = posix.join(posix.dirname(from), path);
  return path.replace(/^\/?src\//, 'dist/lib/').replace(/\.ts$/, '.js');
}

/** Normalises module paths, and drops events the analyzer invents from `new CustomEvent(variable)`. */
const shippedPaths = () => ({
  name: 'order-tracker-shipped-paths',
  packageLinkPhase({customElementsManifest}) {
    for (const module of customElementsManifest.modules) {
      const from = module.path;
      module.path = shipped(module.path, from);
      const visit = (value) => {
        if (Array.isArray(value)) return value.forEach(visit);
        if (!value || typeof value !== 'object') return;
        if (typeof value.module === 'string') value.module = shipped(value.module, from);
        if (Array.isArray(value.events)) value.events = value.events.filter((event) => event.description);
        Object.values(value).forEach(visit);
      };
      visit(module.declarations);
      visit(module.exports);
    }
  },
});

export default {
  globs: ['src/element/order-tracker.ts', 'src/define.ts', 'src/index.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [shippedPaths()],
};
