// `npm run test:node` (after `npm run build`): the editor data in dist/ lists every attribute,
// event, part, CSS property and slot the element has. What the element has is read from the
// element itself, not from the manifest the data is made from: its observed attributes, and in
// its sources the events it emits, the part names it writes, the custom properties it reads.
import assert from 'node:assert/strict';
import {readFileSync, readdirSync} from 'node:fs';
import {join} from 'node:path';
import {describe, it} from 'node:test';

const root = join(import.meta.dirname, '../..');
const json = (file) => JSON.parse(readFileSync(join(root, file), 'utf8'));
const sources = readdirSync(join(root, 'src'), {recursive: true})
  .filter((file) => file.endsWith('.ts'))
  .map((file) => readFileSync(join(root, 'src', file), 'utf8'))
  .join('\n');
const found = (pattern) => [...new Set([...sources.matchAll(pattern)].map((match) => match[1]))].sort();

const html = json('dist/vscode.html-custom-data.json').tags.find((tag) => tag.name === 'order-tracker');
const css = json('dist/vscode.css-custom-data.json');
const webTypes = json('dist/web-types.json').contributions.html.elements.find((e) => e.name === 'order-tracker');
const names = (list) => list.map((item) => item.name);

/** Whether every expected name is listed (an extra name, e.g. a part of a state not in the sources' literals, is fine). */
const assertLists = (listed, expected, what) =>
  assert.deepEqual(
    expected.filter((name) => !listed.includes(name)),
    [],
    `${what} missing from the editor data`,
  );

describe('editor data (VS Code custom data, JetBrains web-types)', () => {
  it('lists every observed attribute, with the values of format', async () => {
    const {OrderTracker} = await import('order-tracker');
    const attributes = [...OrderTracker.observedAttributes];
    assert.ok(attributes.includes('tracking-number'));
    assertLists(names(html.attributes), attributes, 'VS Code attributes');
    assertLists(names(webTypes.attributes), attributes, 'web-types attributes');
    const format = html.attributes.find((attribute) => attribute.name === 'format');
    assert.deepEqual(names(format.values).sort(), ['17track', 'aftership', 'auto', 'cainiao', 'native']);
  });

  it('lists every event the element emits, typed', () => {
    const events = found(/(?:emit<\w+>|new CustomEvent(?:<\w+>)?)\((?:[\w.]+, )?'([a-z-]+)'/g);
    assert.deepEqual(events, [
      'order-tracker-copy',
      'order-tracker-error',
      'order-tracker-load',
      'order-tracker-lookup',
    ]);
    assertLists(names(webTypes.events), events, 'web-types events');
    assertLists(names(webTypes.js.events), events, 'web-types js events');
    for (const event of webTypes.events) assert.match(event.value.type, /^CustomEvent<\w+Detail>$/);
  });

  it('lists every part the templates and the log write', () => {
    const parts = found(/part(?:="|', ')([a-z-]+)['"]/g);
    assert.ok(parts.length > 10, `too few parts found in the sources: ${parts}`);
    assertLists(names(webTypes.css.parts), parts, 'web-types parts');
    assertLists(
      css.pseudoElements.map(({name}) => name.replace(/^::part\((.*)\)$/, '$1')),
      parts,
      'VS Code ::part()',
    );
  });

  it('lists every custom property the styles read, and the slot', () => {
    const properties = found(/var\((--order-tracker-[a-z-]+)/g);
    assert.equal(properties.length, 9);
    assertLists(names(css.properties), properties, 'VS Code CSS properties');
    assertLists(names(webTypes.css.properties), properties, 'web-types CSS properties');
    assert.deepEqual(names(webTypes.slots), found(/<slot name="([a-z-]+)"/g));
  });
});
