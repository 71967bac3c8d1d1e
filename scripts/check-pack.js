// `npm run check:pack` (after `npm run build`): the npm package holds exactly what a user needs.
// Reads `npm pack --dry-run --json` and compares it with what the sources call for:
// - the script-tag bundles, one chunk per non-English language and the view chunks (dist/order-tracker*.js);
// - for every src/**/*.ts module, its ES module and .d.ts in dist/lib/ (the tracking service,
//   src/service/, included: order-tracker/server and the order-tracker-server command); src/jsx/*.d.ts as-is;
// - custom-elements.json, README.md, CHANGELOG.md, package.json (and LICENSE, see below);
// - the platform integrations (integrations/**), which shops copy into their theme or site;
// - every path package.json points at (main, module, types, exports, bin, sideEffects, customElements);
// - a source map (sources inlined) beside every bundle, chunk and npm module;
// and nothing else: no sources, tests, demo, configs or scripts.
import {execFileSync} from 'node:child_process';
import {existsSync, readFileSync, readdirSync} from 'node:fs';
import {dirname, join, relative, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const problems = [];
const warnings = [];

if (!existsSync(join(root, 'dist', 'order-tracker.js'))) {
  console.error('No dist/: run `npm run build` first.');
  process.exit(1);
}

const [packed] = JSON.parse(
  execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {cwd: root, encoding: 'utf8'}),
);
const files = new Map(packed.files.map((file) => [file.path, file.size]));

/** Every file under a folder, as paths relative to the project. */
const walk = (folder) =>
  readdirSync(join(root, folder), {withFileTypes: true}).flatMap((entry) =>
    entry.isDirectory() ? walk(join(folder, entry.name)) : [join(folder, entry.name)],
  );

// What a user needs.
const expected = new Set([
  'package.json',
  'README.md',
  'CHANGELOG.md',
  'custom-elements.json',
  'dist/order-tracker.js',
  'dist/order-tracker.iife.js',
  // Editor data (scripts/editor-data.js).
  'dist/vscode.html-custom-data.json',
  'dist/vscode.css-custom-data.json',
  'dist/web-types.json',
]);
for (const source of walk('src')) {
  if (source.endsWith('.d.ts')) expected.add(join('dist/lib', relative('src', source)));
  else if (source.endsWith('.ts')) {
    const base = join('dist/lib', relative('src', source)).replace(/\.ts$/, '');
    expected.add(`${base}.js`);
    expected.add(`${base}.d.ts`);
  }
}
for (const file of walk('integrations')) expected.add(file);
// Chunks the script loads on demand: one per language, the view of a loaded tracking (its views,
// its words, the refresh timer and the reading core), AfterShip's and 17TRACK's readers, the
// track-page chunk (the lookup form, several parcels): every chunk the script names, and any
// chunk those name in turn. These must be there:
const locales = readdirSync(join(root, 'src/i18n/locales')).map((name) => name.replace(/\.ts$/, ''));
for (const name of [...locales, 'tracking-view', 'core-readers', 'more-readers', 'track-page']) {
  if (![...files.keys()].some((path) => new RegExp(`^dist/order-tracker-${name}-[\\w-]+\\.js$`).test(path)))
    problems.push(`missing the on-demand chunk ${name} (dist/order-tracker-${name}-<hash>.js)`);
}
const named = ['dist/order-tracker.js'];
for (const chunk of named) {
  if (!existsSync(join(root, chunk))) continue;
  for (const [, file] of readFileSync(join(root, chunk), 'utf8').matchAll(/["'`]\.\/(order-tracker-[\w.-]+\.js)/g)) {
    if (!expected.has(`dist/${file}`)) named.push(`dist/${file}`);
    expected.add(`dist/${file}`);
  }
}

// Paths package.json points at must be in the package.
const pointed = [
  pkg.main,
  pkg.module,
  pkg.types,
  pkg.customElements,
  pkg['web-types'],
  ...(Array.isArray(pkg.sideEffects) ? pkg.sideEffects : []),
];
const collect = (value) =>
  typeof value === 'string' ? pointed.push(value) : value && Object.values(value).forEach(collect);
collect(pkg.exports);
collect(pkg.bin);
for (const path of pointed.filter(Boolean)) {
  const normal = path.replace(/^\.\//, '');
  if (!files.has(normal)) problems.push(`package.json points at ${path}, which is not in the package`);
}

for (const path of [...expected]) if (path.endsWith('.js')) expected.add(`${path}.map`);
for (const path of expected) if (!files.has(path)) problems.push(`missing: ${path}`);

const license = [...files.keys()].find((path) => /^licen[cs]e(\.\w+)?$/i.test(path));
if (!license)
  warnings.push(`no LICENSE file: package.json says "${pkg.license}", but the package carries no licence text`);

for (const path of files.keys()) {
  if (expected.has(path) || path === license) continue;
  problems.push(`not needed by a user: ${path}`);
}
for (const [path, size] of files) if (size === 0) problems.push(`empty file: ${path}`);

// Lit is a dependency of the npm entries, never bundled into them.
if (!pkg.dependencies?.lit) problems.push('lit must be a dependency (the npm entries import it)');
const entry = readFileSync(join(root, 'dist/lib/element/order-tracker.js'), 'utf8');
if (!/from ['"]lit['"]/.test(entry))
  problems.push('dist/lib/element/order-tracker.js does not import lit: is Lit bundled into the npm entry?');

// The tracking service's command must run with node from the package.
for (const command of Object.values(pkg.bin ?? {})) {
  const path = join(root, command);
  if (existsSync(path) && !readFileSync(path, 'utf8').startsWith('#!/usr/bin/env node'))
    problems.push(`${command} (bin) does not start with #!/usr/bin/env node`);
}

console.log(
  `${packed.name}@${packed.version}: ${files.size} files, ${(packed.size / 1000).toFixed(1)} KB packed, ${(packed.unpackedSize / 1000).toFixed(1)} KB unpacked`,
);
for (const warning of warnings) console.log(`warning: ${warning}`);
if (problems.length) {
  for (const problem of problems) console.error(`✗ ${problem}`);
  process.exit(1);
}
console.log('✓ the package holds exactly the files a user needs');
