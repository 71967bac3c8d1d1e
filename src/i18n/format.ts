import type {DeliveryWindow, Tracking} from '../tracking/model/tracking.js';
import {eventInstant} from '../tracking/model/time.js';
import {fill, type Messages, type Plural} from './messages.js';

const cache = new Map<string, object>();

/** An `Intl` formatter made once per key: making one costs far more than using it. */
export function cached<T extends object>(key: string, make: () => T): T {
  let value = cache.get(key) as T | undefined;
  if (!value) cache.set(key, (value = make()));
  return value;
}

/**
 * Which zone the customer's clock is in, cheaply: a formatter without `timeZone` keeps the zone
 * it was made in, so its cache key carries this and a changed zone gets a fresh formatter.
 */
const customerZone = () => `${new Date(2026, 0, 1).getTimezoneOffset()},${new Date(2026, 6, 1).getTimezoneOffset()}`;

/**
 * Latin digits in every language, Arabic included: tracking numbers, the shop's own text and
 * carrier times are written in them, and engines disagree on Arabic's default digits
 * (docs/behaviour.md#languages).
 */
const withLatinDigits = (locale: string) => `${locale}-u-nu-latn`;

const dateTimeFormat = (locale: string, options: Intl.DateTimeFormatOptions) =>
  cached(
    `d${locale}${JSON.stringify(options)}${options.timeZone ? '' : customerZone()}`,
    () => new Intl.DateTimeFormat(withLatinDigits(locale), options),
  );

/** A count message in the locale's plural form, the count in Latin digits. */
export function plural(message: Plural, count: number, locale: string): string {
  const category = cached(`p${locale}`, () => new Intl.PluralRules(locale)).select(count);
  const number = cached(`n${locale}`, () => new Intl.NumberFormat(withLatinDigits(locale))).format(count);
  return fill(message[category] ?? message.other, {n: number});
}

/** "GMT+8", "GMT-5:30" for an offset in minutes. */
export const offsetLabel = (offset: number) => {
  const sign = offset < 0 ? '-' : '+';
  const minutes = Math.abs(offset);
  return `GMT${sign}${Math.floor(minutes / 60)}${minutes % 60 ? `:${String(minutes % 60).padStart(2, '0')}` : ''}`;
};

/**
 * A formatter of event times at the wall clock where they happened (SPEC §11): with the
 * event's offset as given, else in the customer's own zone. `withZone` adds "GMT+8" for logs
 * that span several zones. Resolves its `Intl` formatters once, for a whole log.
 */
export function eventTimeFormatter(locale: string, withZone = false): (event: {time: string}) => string {
  const style = {dateStyle: 'medium', timeStyle: 'short'} as const;
  const wallClock = dateTimeFormat(locale, {...style, timeZone: 'UTC'});
  const customerClock = dateTimeFormat(locale, style);
  return (event) => {
    const instant = eventInstant(event);
    if (!instant) return event.time;
    const {epoch, offset} = instant;
    if (offset === undefined) return customerClock.format(epoch);
    const text = wallClock.format(epoch + offset * 60_000);
    return withZone ? `${text} ${offsetLabel(offset)}` : text;
  };
}

/** One event time, formatted as `eventTimeFormatter` does. */
export const formatEventTime = (iso: string, locale: string, withZone = false) =>
  eventTimeFormatter(locale, withZone)({time: iso});

/** Whether event times carry more than one UTC offset, so each needs its zone shown. */
export const spansZones = (tracking: Tracking) =>
  new Set(tracking.events.map((event) => eventInstant(event)?.offset)).size > 1;

const DAY = {year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC'} as const;

/**
 * "Nov 20 – 24, 2026" or "Nov 20, 2026"; "20.–24. Nov. 2026", "2026年11月20日至24日".
 * Dates out of order are put in order; a date that is not one is shown as written.
 */
export function formatWindow({from, to}: DeliveryWindow, locale: string): string {
  const format = dateTimeFormat(locale, DAY);
  const [start, end] = [Date.parse(`${from}T00:00:00Z`), Date.parse(`${to}T00:00:00Z`)].sort((a, b) => a - b);
  if (!Number.isFinite(start) || !Number.isFinite(end)) return from === to ? from : `${from} – ${to}`;
  if (start === end) return format.format(start);
  return /^zh\b/i.test(locale) ? chineseRange(format, start!, end!) : format.formatRange(start!, end!);
}

/**
 * Chromium's Chinese ranges fall back to "2026/11/20 – 2026/11/24"; written Chinese says
 * "2026年11月20日至24日", dropping from the end date the year and month it shares with the start.
 */
function chineseRange(format: Intl.DateTimeFormat, start: number, end: number): string {
  const [a, b] = [new Date(start), new Date(end)];
  const sameYear = a.getUTCFullYear() === b.getUTCFullYear();
  const shared = new Set<string>(sameYear ? (a.getUTCMonth() === b.getUTCMonth() ? ['year', 'month'] : ['year']) : []);
  const parts = format.formatToParts(end);
  // A shared field goes with the literal after it ("年", "月").
  const kept = parts.filter(
    (part, i) => !shared.has(part.type) && !(part.type === 'literal' && shared.has(parts[i - 1]?.type ?? '')),
  );
  return `${format.format(start)}至${kept.map((part) => part.value).join('')}`;
}

/** A clock time of the customer's day, e.g. for "showing information from 10:42". */
export const formatClock = (epoch: number, locale: string) =>
  dateTimeFormat(locale, {timeStyle: 'short'}).format(epoch);

/** "Delivered in 12 days" / "8 days in transit", or undefined before the first event. */
export function transitText(tracking: Tracking, messages: Messages, locale: string): string | undefined {
  if (tracking.transitDays === undefined) return undefined;
  return plural(tracking.delivered ? messages.deliveredIn : messages.daysInTransit, tracking.transitDays, locale);
}
