// `npm run test:node` (after `npm run build`): WebKit resolves a second `import()` of a module
// that is still in its top-level `await` too early, with its exports undefined (WebKit bug
// 242740). Every built chunk that awaits others must therefore have one `import()` site in all
// of dist/, so that every load of it shares one promise (vite.config.ts, oneEntryWithAnyQuery).
import assert from 'node:assert/strict';
import {readFileSync, readdirSync} from 'node:fs';
import {join} from 'node:path';
import {describe, it} from 'node:test';

const dist = join(import.meta.dirname, '../../dist');
const files = readdirSync(dist).filter((file) => /^order-tracker.*\.js$/.test(file) && !file.includes('.iife.'));
const code = Object.fromEntries(files.map((file) => [file, readFileSync(join(dist, file), 'utf8')]));
/** The places that import `file`, with and without the page's query. */
const sites = (file) =>
  Object.values(code).flatMap((text) =>
    text
      .split(`import(\`./${file}\``)
      .slice(1)
      .map((after) => after[0]),
  );

describe('built chunks', () => {
  const waiting = files.filter((file) => file !== 'order-tracker.js' && /\bawait\b/.test(code[file].slice(0, 300)));

  it('some chunks wait on others at their top level (the view, the readers, the refresh timer)', () => {
    assert.ok(waiting.length >= 4, `waiting chunks: ${waiting.join(', ')}`);
  });

  for (const file of waiting) {
    it(`${file.replace(/-[\w-]{8}\.js$/, '')} is imported in one place only`, () => {
      assert.deepEqual(sites(file).sort(), ['+', ')'].sort(), 'one import() with the query and one without');
    });
  }

  it('the chunks that several files need are loaded through the entry’s loadChunkOnce', () => {
    assert.match(code['order-tracker.js'], /export\s*\{\w+ as loadChunkOnce\}/);
    const shared = Object.entries(code).filter(([, text]) => /loadChunkOnce:\w+\}/.test(text));
    assert.ok(shared.length >= 2, 'the view and the track page take it');
  });
});
