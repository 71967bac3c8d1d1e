/** Small readers shared by the foreign-format adapters. */
import {text} from '../model/read.js';

/** A place from its parts ("Dallas, TX, United States"), skipping missing or mistyped ones. */
export function place(...parts: unknown[]): string | undefined {
  const kept = parts.map(text).filter((part): part is string => !!part);
  return kept.length ? kept.join(', ') : undefined;
}

/** A table's row for a payload value; only the table's own keys (never `constructor` and the like). */
export function lookup<T>(table: Readonly<Record<string, T>>, key: unknown): T | undefined {
  const name = text(key);
  return name !== undefined && Object.hasOwn(table, name) ? table[name] : undefined;
}
