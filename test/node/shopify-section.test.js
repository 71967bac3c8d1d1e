// integrations/shopify/sections/order-tracker.liquid: its schema is what the theme editor
// accepts, and the markup uses only settings the schema defines (Liquid would print nothing).
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, it} from 'node:test';

const section = readFileSync(
  join(import.meta.dirname, '../../integrations/shopify/sections/order-tracker.liquid'),
  'utf8',
);
const [, schemaText] = /\{% schema %\}([\s\S]*)\{% endschema %\}/.exec(section) ?? [];
const markup = section.slice(0, section.indexOf('{% schema %}'));

describe('the Shopify section', () => {
  const schema = JSON.parse(schemaText);
  const settings = schema.settings.filter((setting) => setting.id);

  it('has a valid schema: unique setting ids, labels, a preset, and only the pages it can go on', () => {
    const ids = settings.map((setting) => setting.id);
    assert.equal(new Set(ids).size, ids.length, 'duplicate setting ids');
    for (const setting of settings) assert.ok(setting.label, `${setting.id} has no label`);
    assert.ok(schema.presets?.length, 'no preset: the theme editor could not add it');
    assert.deepEqual(schema.enabled_on.templates, ['page', 'customers/order']);
  });

  it('offers the tracking source, colours, language and history limit', () => {
    const types = Object.fromEntries(settings.map((setting) => [setting.id, setting.type]));
    assert.equal(types.source, 'text');
    assert.equal(types.language, 'select');
    assert.equal(types.history_limit, 'range');
    assert.ok(Object.values(types).filter((type) => type === 'color').length >= 3, 'colour settings');
    const languages = settings.find((setting) => setting.id === 'language').options.map((option) => option.value);
    assert.deepEqual(languages, ['storefront', 'en', 'es', 'fr', 'de', 'pt-BR', 'zh-CN', 'ar']);
  });

  it('reads only settings the schema defines', () => {
    const used = new Set([...markup.matchAll(/section\.settings\.(\w+)/g)].map((match) => match[1]));
    assert.deepEqual(
      [...used].filter((id) => !settings.some((setting) => setting.id === id)),
      [],
    );
    assert.ok(used.size >= 8);
  });

  it('loads the script through asset_url and escapes what it writes into attributes', () => {
    assert.match(markup, /<script type="module" src="\{\{ 'order-tracker\.js' \| asset_url \}\}"><\/script>/);
    for (const [, expression] of markup.matchAll(/="\{\{ ([^}]+) \}\}"/g)) {
      if (!/asset_url|section\.settings\.(history_limit|cainiao)/.test(expression))
        assert.match(expression, /\| escape$/, `not escaped: ${expression}`);
    }
  });
});
