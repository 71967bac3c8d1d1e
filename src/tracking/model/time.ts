/**
 * Instants with the UTC offset the carrier reported, so an event can later be shown
 * at the wall-clock time where it happened (docs/behaviour.md#formats, docs/behaviour.md#languages).
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

const OFFSET = /^(?:GMT|UTC)?\s*(?:(Z)|([+-])(\d{1,2})(?::?(\d{2}))?)$/i;

/** Parses `+08:00`, `-0500`, `+8`, `GMT+8`, `GMT+0800`, `UTC-05:30`, `Z`, `GMT` into minutes east of UTC. */
export function parseOffset(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  if (/^\s*(?:GMT|UTC)\s*$/i.test(value)) return 0;
  const match = OFFSET.exec(value.trim());
  if (!match) return undefined;
  if (match[1]) return 0;
  const minutes = Number(match[3]) * 60 + Number(match[4] ?? 0);
  if (minutes > MAX_OFFSET) return undefined;
  return match[2] === '-' ? -minutes : minutes;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const daysIn = (year: number, month: number) =>
  month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : DAYS_IN_MONTH[month - 1];

/** An instant from its wall-clock fields, or undefined when one is out of range (month 13, Feb 30, hour 24). */
function fromFields(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  ms: number,
  offset: number | undefined,
): Instant | undefined {
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month) || hour > 23 || minute > 59 || second > 59) {
    return undefined;
  }
  const wall = Date.UTC(year, month - 1, day, hour, minute, second, ms);
  return plausible(offset === undefined ? {epoch: wall} : {epoch: wall - offset * 60_000, offset});
}

/** `2026-10-01T09:00:00`, with `Z`, `+08:00` or no zone: what nearly every carrier writes. */
const USUAL_ISO = /^\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:Z|[+-]\d\d:\d\d)?$/;
const numberAt = (text: string, start: number) => +text.slice(start, start + (start ? 2 : 4));

/**
 * The usual shape read by position, without the general expression's captures (a log of
 * hundreds of events reads them all at once); null for any other shape, which that one takes.
 */
function parseUsualIso(text: string): Instant | undefined | null {
  if (!USUAL_ISO.test(text)) return null;
  let offset: number | undefined;
  if (text.length === 25) {
    offset = numberAt(text, 20) * 60 + numberAt(text, 23);
    if (offset > MAX_OFFSET) return undefined;
    if (text[19] === '-') offset = -offset;
  }
  const [year, month, day, hour, minute, second] = [0, 5, 8, 11, 14, 17].map((start) => numberAt(text, start));
  return fromFields(year!, month!, day!, hour!, minute!, second!, 0, offset);
}

/** Parses an ISO 8601 date-time (offset kept; none means UTC), epoch milliseconds or a `Date`. */
export function parseInstant(value: unknown): Instant | undefined {
  if (value instanceof Date) value = value.getTime();
  if (typeof value === 'number') return Number.isFinite(value) ? plausible({epoch: value}) : undefined;
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  const usual = parseUsualIso(trimmed);
  if (usual !== null) return usual;
  if (/^\d{12,13}$/.test(trimmed)) return plausible({epoch: Number(trimmed)});
  const match = ISO.exec(trimmed);
  if (!match) return undefined;
  const [, y, mo, d, h = '0', mi = '0', s = '0', fraction, zone] = match;
  let offset: number | undefined;
  if (zone !== undefined && zone !== 'Z' && zone !== 'z') {
    offset = parseOffset(zone);
    if (offset === undefined) return undefined;
  }
  const ms = fraction ? Math.floor(Number(`0.${fraction}`) * 1000) : 0;
  return fromFields(+y, +mo, +d, +h, +mi, +s, ms, offset);
}

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

// A log has a handful of distinct offsets: write each once.
const offsetTexts = new Map<number, string>();

/** `+08:00` / `-05:00` for an offset in minutes. */
export function formatOffset(offset: number): string {
  let text = offsetTexts.get(offset);
  if (text === undefined) {
    text = `${offset < 0 ? '-' : '+'}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`;
    offsetTexts.set(offset, text);
  }
  return text;
}

const TWO_DIGITS = Array.from({length: 60}, (_, n) => pad(n));

/** ISO 8601 text of an instant, in its own offset (or `Z`); milliseconds only when there are some. */
export function formatInstant({epoch, offset}: Instant): string {
  const wall = new Date(epoch + (offset ?? 0) * 60_000);
  const ms = wall.getUTCMilliseconds();
  return (
    `${pad(wall.getUTCFullYear(), 4)}-${TWO_DIGITS[wall.getUTCMonth() + 1]}-${TWO_DIGITS[wall.getUTCDate()]}` +
    `T${TWO_DIGITS[wall.getUTCHours()]}:${TWO_DIGITS[wall.getUTCMinutes()]}:${TWO_DIGITS[wall.getUTCSeconds()]}` +
    (ms ? `.${pad(ms, 3)}` : '') +
    (offset === undefined ? 'Z' : formatOffset(offset))
  );
}

/** The `YYYY-MM-DD` date of an instant in its own offset. */
export const localDate = (instant: Instant) => formatInstant(instant).slice(0, 10);

const NORMALIZED_OFFSET = /([+-])(\d\d):(\d\d)$/;

/**
 * Reads back a normalized event time (`formatInstant`'s output) cheaply: `Date.parse` and the
 * offset from its tail, undefined for `Z`. Anything else goes through `parseInstant`.
 */
function readNormalizedTime(iso: string): Instant | undefined {
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

/** Instants of normalized events, kept by the builder so rendering never parses a time again. */
const eventInstants = new WeakMap<object, Instant>();

export const rememberInstant = (event: object, instant: Instant) => void eventInstants.set(event, instant);

/** The instant of a normalized event: as the builder read it, else read back from its `time`. */
export const eventInstant = (event: {time: string}): Instant | undefined =>
  eventInstants.get(event) ?? readNormalizedTime(event.time);
