// The handler must run unchanged on Node, Deno, Bun and Workers: its modules may use Web APIs only.
// (No DOM: tsconfig.service.json type-checks them without the DOM library.)
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {dirname, join, relative, resolve} from 'node:path';
import {describe, it} from 'node:test';
import {fileURLToPath} from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Every module `order-tracker/server` loads, following relative imports from its entry. */
function moduleGraph(entry: string) {
  const seen = new Map<string, string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    const source = readFileSync(file, 'utf8');
    seen.set(file, source);
    for (const [, specifier] of source.matchAll(/^(?:import|export)\s[^'"]*?from\s+'([^']+)'/gm)) {
      if (specifier.startsWith('.')) visit(resolve(dirname(file), specifier.replace(/\.js$/, '.ts')));
      else seen.set(`package:${specifier}`, '');
    }
  };
  visit(join(root, entry));
  return seen;
}

describe('order-tracker/server is Web-standard', () => {
  const graph = moduleGraph('src/service/index.ts');

  it('imports no package and nothing of Node', () => {
    assert.deepEqual(
      [...graph.keys()].filter((file) => file.startsWith('package:')),
      [],
    );
  });

  it('uses no Node global, and nothing of the element', () => {
    for (const [file, source] of graph) {
      const name = relative(root, file);
      const code = source.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      assert.ok(!/\b(process|Buffer|require|__dirname|__filename)\b[.([]/.test(code), `${name} uses a Node global`);
      assert.ok(!/^src\/(element|views|i18n)\//.test(name), `${name} is the element's`);
    }
  });
});
