/**
 * Defensive readers for untrusted JSON: every field of a real payload may be missing,
 * `null` or of the wrong type, so adapters read through these and never throw.
 */

/** Longest text we keep from a payload; protects layout and memory from junk. */
export const MAX_TEXT = 2000;

export type Json = Record<string, unknown>;

/** Whitespace that `text` would change: at either end, in runs, or other than a plain space. */
const UNCLEAN = /^\s|\s$|\s\s|[^\S ]/;

export const record = (value: unknown): Json | undefined =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : undefined;

export const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** Trimmed, whitespace-collapsed text, or undefined when empty or not text-like. */
export function text(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) value = String(value);
  if (typeof value !== 'string') return undefined;
  // Most carrier text is already clean: keep it without allocating.
  if (value.length <= MAX_TEXT && !UNCLEAN.test(value)) return value || undefined;
  const clean = value
    .trimStart()
    .slice(0, MAX_TEXT * 2)
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_TEXT);
  return clean || undefined;
}

export const finite = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined;

/** Follows a path of keys through nested objects. */
export function at(value: unknown, ...path: (string | number)[]): unknown {
  let current = value;
  for (const key of path) {
    if (typeof key === 'number') current = list(current)[key];
    else current = record(current)?.[key];
    if (current === undefined) return undefined;
  }
  return current;
}

/** The first argument that is usable text. */
export const firstText = (...values: unknown[]): string | undefined => {
  for (const value of values) {
    const found = text(value);
    if (found) return found;
  }
  return undefined;
};
