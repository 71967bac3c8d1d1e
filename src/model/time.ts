/**
 * Instants with the UTC offset the carrier reported, so an event can later be shown
 * at the wall-clock time where it happened (SPEC §6, §11).
 */

export interface Instant {
  /** Epoch milliseconds. */
  epoch: number;
  /** Minutes east of UTC, when the input said. */
  offset?: number;
}

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

// Plausible tracking dates: 2000 to 2100. Keeps junk numbers (ids, seconds) out.
const MIN_EPOCH = Date.UTC(2000, 0, 1);
const MAX_EPOCH = Date.UTC(2100, 0, 1);
const MAX_OFFSET = 14 * 60;

const plausible = (instant: Instant): Instant | undefined =>
  instant.epoch >= MIN_EPOCH && instant.epoch < MAX_EPOCH ? instant : undefined;

/** Parses `+08:00`, `-0500`, `+8`, `GMT+8`, `UTC-05:30`, `Z` into minutes east of UTC. */
export function parseOffset(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /^(?:GMT|UTC)?\s*(?:(Z)|([+-])(\d{1,2})(?::?(\d{2}))?)$/i.exec(value.trim());
  if (!match) return undefined;
  if (match[1]) return 0;
  const minutes = Number(match[3]) * 60 + Number(match[4] ?? 0);
  if (minutes > MAX_OFFSET) return undefined;
  return match[2] === '-' ? -minutes : minutes;
}

/** Parses an ISO 8601 date-time (offset kept; none means UTC) or epoch milliseconds. */
export function parseInstant(value: unknown): Instant | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? plausible({epoch: value}) : undefined;
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (/^\d{12,13}$/.test(trimmed)) return plausible({epoch: Number(trimmed)});
  const match = ISO.exec(trimmed);
  if (!match) return undefined;
  const [, y, mo, d, h = '0', mi = '0', s = '0', fraction = '0', zone] = match;
  const fields = [Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s)] as const;
  const wall = Date.UTC(...fields, Math.floor(Number(`0.${fraction}`) * 1000));
  // Date.UTC rolls over out-of-range fields (month 13, hour 25): reject instead.
  const check = new Date(wall);
  if (check.getUTCMonth() !== fields[1] || check.getUTCDate() !== fields[2] || check.getUTCHours() !== fields[3]) {
    return undefined;
  }
  const offset = zone === undefined ? undefined : parseOffset(zone);
  if (zone !== undefined && offset === undefined) return undefined;
  return plausible({epoch: wall - (offset ?? 0) * 60_000, ...(offset !== undefined && zone !== 'Z' && zone !== 'z' ? {offset} : {})});
}

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

/** `+08:00` / `-05:00` for an offset in minutes. */
export const formatOffset = (offset: number) =>
  `${offset < 0 ? '-' : '+'}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`;

/** ISO 8601 text of an instant, in its own offset (or `Z`). */
export function formatInstant({epoch, offset}: Instant): string {
  const wall = new Date(epoch + (offset ?? 0) * 60_000).toISOString();
  const base = wall.endsWith('.000Z') ? wall.slice(0, -5) : wall.slice(0, -1);
  return base + (offset === undefined ? 'Z' : formatOffset(offset));
}

/** The `YYYY-MM-DD` date of an instant in its own offset. */
export const localDate = (instant: Instant) => formatInstant(instant).slice(0, 10);

const NORMALIZED_OFFSET = /([+-])(\d\d):(\d\d)$/;

/**
 * Reads back a normalized event time (`formatInstant`'s output) cheaply: `Date.parse` and the
 * offset from its tail, undefined for `Z`. Anything else goes through `parseInstant`.
 */
export function readNormalizedTime(iso: string): Instant | undefined {
  const epoch = Date.parse(iso);
  if (Number.isNaN(epoch) || iso[10] !== 'T') return parseInstant(iso);
  const zone = NORMALIZED_OFFSET.exec(iso.slice(-6));
  if (!zone) return iso.endsWith('Z') ? {epoch} : parseInstant(iso);
  const minutes = Number(zone[2]) * 60 + Number(zone[3]);
  return {epoch, offset: zone[1] === '-' ? -minutes : minutes};
}

/** `YYYY-MM-DD` or undefined. */
export function parseDate(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /^(\d{4}-\d{2}-\d{2})(?:$|[T ])/.exec(value.trim());
  return match && parseInstant(match[1]) ? match[1] : undefined;
}
