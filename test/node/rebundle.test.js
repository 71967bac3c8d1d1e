// `npm run test:node` (after `npm run build`): an app whose bundler takes in dist/order-tracker.js
// (`order-tracker/bundle`) still gets the chunks it loads on demand.
import assert from 'node:assert/strict';
import {mkdtempSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, describe, it} from 'node:test';
import {build} from 'vite';

describe('order-tracker/bundle inside an app bundle (Vite)', () => {
  const app = mkdtempSync(join(tmpdir(), 'order-tracker-app-'));
  after(() => rmSync(app, {recursive: true, force: true}));

  it('emits the view and language chunks beside the app', async () => {
    writeFileSync(join(app, 'main.js'), "import 'order-tracker/bundle';\n");
    await build({
      root: app,
      configFile: false,
      logLevel: 'silent',
      resolve: {alias: {'order-tracker/bundle': join(import.meta.dirname, '../../dist/order-tracker.js')}},
      build: {outDir: join(app, 'out'), lib: {entry: join(app, 'main.js'), formats: ['es'], fileName: 'main'}},
    });
    const files = readdirSync(join(app, 'out'));
    assert.ok(
      files.some((file) => file.includes('tracking-view')),
      `no view chunk in ${files}`,
    );
    assert.equal(files.filter((file) => /order-tracker-(es|fr|de|pt-BR|zh-CN|ar)-/.test(file)).length, 6);
  });
});
