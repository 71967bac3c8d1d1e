// `npm run analyze` (part of `npm run build`): custom-elements.json from the element's JSDoc
// (README "API"), for editors and Storybook. Only the element and the package's entry modules are
// analysed; module paths are rewritten from src/*.ts to the shipped dist/lib/*.js.
import {posix} from 'node:path';
import ts from 'typescript';

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

/**
 * Properties typed by an alias of string literals (`format: FormatChoice`) are written as the
 * union itself (`'auto' | 'native' | …`), so editors offer the values rather than the alias name.
 * The analyzer reads one file at a time; the type checker resolves aliases across files.
 */
const literalUnions = (elementFile) => ({
  name: 'order-tracker-literal-unions',
  packageLinkPhase({customElementsManifest}) {
    const program = ts.createProgram([elementFile], {target: ts.ScriptTarget.ES2022, experimentalDecorators: true});
    const checker = program.getTypeChecker();
    const unions = new Map();
    const visit = (node) => {
      if (ts.isPropertyDeclaration(node) && node.type) {
        const type = checker.getTypeFromTypeNode(node.type);
        if (type.isUnion() && type.types.every((member) => member.isStringLiteral()))
          unions.set(node.name.getText(), type.types.map((member) => `'${member.value}'`).join(' | '));
      }
      ts.forEachChild(node, visit);
    };
    visit(program.getSourceFile(elementFile));
    for (const declaration of customElementsManifest.modules.flatMap((module) => module.declarations ?? [])) {
      for (const item of [...(declaration.members ?? []), ...(declaration.attributes ?? [])]) {
        const union = unions.get(item.fieldName ?? item.name);
        if (union && item.type) item.type.text = union;
      }
    }
  },
});

export default {
  globs: ['src/element/order-tracker.ts', 'src/define.ts', 'src/index.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [shippedPaths(), literalUnions('src/element/order-tracker.ts')],
};
