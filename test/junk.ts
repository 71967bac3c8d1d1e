import fc from 'fast-check';

/** Arbitraries of malformed tracking input for the property tests (SPEC §4: every field may be missing, null or mistyped). */

type Path = (string | number)[];

/** Every path to a value inside `json`, the root excluded. */
export function pathsOf(json: unknown, prefix: Path = []): Path[] {
  if (json === null || typeof json !== 'object') return [];
  return Object.entries(json).flatMap(([key, value]) => {
    const path = [...prefix, Array.isArray(json) ? Number(key) : key];
    return [path, ...pathsOf(value, path)];
  });
}

/** Values of the wrong type or size that real payloads carry. */
const oddValue = fc.oneof(
  fc.constantFrom<unknown>(
    null,
    undefined,
    NaN,
    Infinity,
    -1,
    0,
    1e21,
    '',
    ' ',
    '0',
    'null',
    [],
    {},
    true,
    false,
    '9'.repeat(40),
  ),
  fc.jsonValue({maxDepth: 2}),
  fc.string({unit: 'grapheme', maxLength: 30}),
  fc.nat(20_000).map((length) => 'x'.repeat(length)),
);

type Mutation = {path: number; kind: 'delete' | 'null' | 'set'; value?: unknown};

const mutation = (pathCount: number): fc.Arbitrary<Mutation> =>
  fc.record({
    path: fc.nat(Math.max(0, pathCount - 1)),
    kind: fc.constantFrom('delete', 'null', 'set', 'set'),
    value: oddValue,
  }) as fc.Arbitrary<Mutation>;

function apply(json: unknown, paths: Path[], {path: index, kind, value}: Mutation) {
  const path = paths[index];
  if (!path) return;
  let parent = json as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) {
    parent = parent?.[key] as Record<string | number, unknown>;
    if (parent === null || typeof parent !== 'object') return; // an earlier mutation changed the way
  }
  const key = path.at(-1)!;
  if (kind === 'delete') delete parent[key];
  else parent[key] = kind === 'null' ? null : value;
}

/** The fixture with 1 to 6 random fields dropped, nulled or given an odd value. */
export function mutated(fixture: unknown): fc.Arbitrary<unknown> {
  const paths = pathsOf(fixture);
  return fc.array(mutation(paths.length), {minLength: 1, maxLength: 6}).map((mutations) => {
    const copy = structuredClone(fixture);
    for (const change of mutations) apply(copy, paths, change);
    return copy;
  });
}

/** Any JSON at all, and values JSON cannot even hold (maps, dates, bigints, null prototypes…). */
export const anyInput = fc.oneof(
  fc.jsonValue({maxDepth: 4}),
  fc.anything({
    maxDepth: 3,
    withBigInt: true,
    withBoxedValues: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withNullPrototype: true,
    withObjectString: true,
    withSparseArray: true,
    withTypedArray: true,
  }),
);

/** An array nested `depth` levels deep, under `key` when given. */
export function deeplyNested(depth: number, key?: string): unknown {
  let junk: unknown = ['bottom'];
  for (let i = 0; i < depth; i++) junk = key ? {[key]: [junk]} : [junk];
  return junk;
}
