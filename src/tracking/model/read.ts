/**
 * Defensive readers for untrusted JSON: every field of a real payload may be missing,
 * `null` or of the wrong type, so adapters read through these and never throw.
 */

/** Longest text we keep from a payload; protects layout and memory from junk. */
export const MAX_TEXT = 2000;

export type Json = Record<string, unknown>;

/**
 * Characters no text from the data keeps (docs/behaviour.md#text-from-the-data): C0 and C1
 * controls other than the whitespace ones (those read as spaces), and the bidirectional
 * embeddings, overrides, isolates and marks that could reorder the widget's own sentences.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point.
const CONTROLS = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Terminal escape sequences (ESC [ … or CSI …, as in colour codes): dropped whole, not just their ESC. */
// eslint-disable-next-line no-control-regex -- finding escape sequences is the point.
const ESCAPES = /(?:\u001b\[|\u009b)[0-?]*[ -/]*[@-~]/g;

/** What `text` would change: whitespace at either end, in runs or other than a plain space, or a control. */
const UNCLEAN = new RegExp(`^\\s|\\s$|\\s\\s|[^\\S ]|${CONTROLS.source}`);

/** Some payloads write a missing value as the string "null". */
const NULL_TEXT = /^null$/i;

export const record = (value: unknown): Json | undefined =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : undefined;

/**
 * An array's items. A longer one than a payload can be (`data` with `length = 2 ** 31` and one
 * item) gives only the items it holds: walking its holes would freeze the page.
 */
export const list = (value: unknown): unknown[] =>
  Array.isArray(value) ? (value.length > 200_000 ? Object.values(value) : value) : [];

/**
 * Trimmed, whitespace-collapsed text without controls, or undefined when empty, "null" or
 * not text-like. Every text the adapters read goes through here once.
 */
export function text(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) value = String(value);
  if (typeof value !== 'string') return undefined;
  // Most carrier text is already clean: keep it without allocating.
  if (value.length <= MAX_TEXT && !UNCLEAN.test(value)) return value && !NULL_TEXT.test(value) ? value : undefined;
  const clean = value
    .trimStart()
    .slice(0, MAX_TEXT * 2)
    .replace(ESCAPES, '')
    .replace(CONTROLS, '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_TEXT);
  return clean && !NULL_TEXT.test(clean) ? clean : undefined;
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
