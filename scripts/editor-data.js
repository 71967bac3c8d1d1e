// `npm run editor-data` (part of `npm run build`, after the manifest): editor data for
// <order-tracker>, generated from custom-elements.json:
//   dist/vscode.html-custom-data.json  VS Code HTML custom data (tag, attributes and their values)
//   dist/vscode.css-custom-data.json   VS Code CSS custom data (custom properties, ::part() names)
//   dist/web-types.json                JetBrains web-types (package.json "web-types")
import {readFileSync, writeFileSync} from 'node:fs';
import {dirname, join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
const elements = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.customElement && declaration.tagName);
if (!elements.length) throw new Error('custom-elements.json declares no custom element with a tag name');

/** `'auto' | 'native'` → ['auto', 'native']; undefined for other types. */
const literals = (type) => {
  const members = (type?.text ?? '').split('|').map((member) => member.trim());
  return members.every((member) => /^'[^']*'$/.test(member)) ? members.map((member) => member.slice(1, -1)) : undefined;
};
/** An attribute's listed values, for editors to offer: `[{name: 'auto'}, …]`, or undefined. */
const values = (attribute) => literals(attribute.type)?.map((name) => ({name}));
const publicFields = (element) =>
  (element.members ?? []).filter((member) => member.kind === 'field' && !member.privacy && !member.static);

const htmlData = {
  version: 1.1,
  tags: elements.map((element) => ({
    name: element.tagName,
    description: element.summary ?? element.description,
    attributes: (element.attributes ?? []).map((attribute) => ({
      name: attribute.name,
      description: attribute.description,
      ...(values(attribute) && {values: values(attribute)}),
    })),
  })),
};

const cssData = {
  version: 1.1,
  properties: elements.flatMap((element) =>
    (element.cssProperties ?? []).map(({name, description, default: initial}) => ({
      name,
      description: initial ? `${description} Default: \`${initial}\`.` : description,
    })),
  ),
  pseudoElements: elements.flatMap((element) =>
    (element.cssParts ?? []).map(({name, description}) => ({name: `::part(${name})`, description})),
  ),
};

const webTypes = {
  name: pkg.name,
  version: pkg.version,
  'description-markup': 'markdown',
  contributions: {
    html: {
      elements: elements.map((element) => ({
        name: element.tagName,
        description: element.summary ?? element.description,
        attributes: (element.attributes ?? []).map((attribute) => ({
          name: attribute.name,
          description: attribute.description,
          ...(attribute.default && {default: attribute.default}),
          value: values(attribute)
            ? {type: 'enum', kind: 'plain', required: false}
            : {type: attribute.type?.text ?? 'string', kind: 'plain'},
          ...(values(attribute) && {values: values(attribute)}),
        })),
        slots: (element.slots ?? []).map(({name, description}) => ({name, description})),
        events: (element.events ?? []).map(({name, description, type}) => ({
          name,
          description,
          ...(type && {value: {type: type.text}}),
        })),
        js: {
          properties: publicFields(element).map(({name, description, type}) => ({
            name,
            description,
            value: {type: type?.text ?? 'unknown'},
          })),
          events: (element.events ?? []).map(({name, description}) => ({name, description})),
        },
        css: {
          properties: (element.cssProperties ?? []).map(({name, description}) => ({name, description})),
          parts: (element.cssParts ?? []).map(({name, description}) => ({name, description})),
        },
      })),
    },
  },
};

const write = (file, data) => writeFileSync(join(root, 'dist', file), `${JSON.stringify(data, null, 2)}\n`);
write('vscode.html-custom-data.json', htmlData);
write('vscode.css-custom-data.json', cssData);
write('web-types.json', webTypes);
console.log(`editor data for ${elements.map((element) => `<${element.tagName}>`).join(', ')} in dist/`);
