import type {DeliveryWindow, Tracking} from '../model/tracking.js';
import {parseInstant} from '../model/time.js';
import type {Messages, Plural} from './messages.js';

/** Fills `{name}` placeholders; unknown names stay as written. */
export const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));

const cache = new Map<string, Intl.DateTimeFormat | Intl.PluralRules | Intl.NumberFormat>();

function cached<T extends Intl.DateTimeFormat | Intl.PluralRules | Intl.NumberFormat>(key: string, make: () => T): T {
  let value = cache.get(key) as T | undefined;
  if (!value) cache.set(key, (value = make()));
  return value;
}

const dateTimeFormat = (locale: string, options: Intl.DateTimeFormatOptions) =>
  cached(`d${locale}${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, options));

/** A count message in the locale's plural form, the count written with its digits. */
export function plural(message: Plural, count: number, locale: string): string {
  const category = cached(`p${locale}`, () => new Intl.PluralRules(locale)).select(count);
  const number = cached(`n${locale}`, () => new Intl.NumberFormat(locale)).format(count);
  return fill(message[category] ?? message.other, {n: number});
}

/** "GMT+8", "GMT-5:30" for an offset in minutes. */
export const offsetLabel = (offset: number) => {
  const sign = offset < 0 ? '-' : '+';
  const minutes = Math.abs(offset);
  return `GMT${sign}${Math.floor(minutes / 60)}${minutes % 60 ? `:${String(minutes % 60).padStart(2, '0')}` : ''}`;
};

/**
 * An event time at the wall clock where it happened (SPEC §11): with its offset as given,
 * else in the customer's own zone. `withZone` adds "GMT+8" for logs that span several zones.
 */
export function formatEventTime(iso: string, locale: string, withZone = false): string {
  const instant = parseInstant(iso);
  if (!instant) return iso;
  const {epoch, offset} = instant;
  const shown = dateTimeFormat(locale, {dateStyle: 'medium', timeStyle: 'short', ...(offset === undefined ? {} : {timeZone: 'UTC'})});
  const text = shown.format(epoch + (offset ?? 0) * 60_000);
  return withZone && offset !== undefined ? `${text} ${offsetLabel(offset)}` : text;
}

/** Whether event times carry more than one UTC offset, so each needs its zone shown. */
export const spansZones = (tracking: Tracking) =>
  new Set(tracking.events.map((event) => parseInstant(event.time)?.offset)).size > 1;

/** "Nov 20 – 24, 2026" or "Nov 20, 2026". */
export function formatWindow({from, to}: DeliveryWindow, locale: string): string {
  const format = dateTimeFormat(locale, {dateStyle: 'medium', timeZone: 'UTC'});
  const [start, end] = [from, to].map((date) => Date.parse(`${date}T00:00:00Z`));
  return from === to ? format.format(start) : format.formatRange(start, end);
}

/** A clock time of the customer's day, e.g. for "showing information from 10:42". */
export const formatClock = (epoch: number, locale: string) =>
  dateTimeFormat(locale, {timeStyle: 'short'}).format(epoch);

/** "Delivered in 12 days" / "8 days in transit", or undefined before the first event. */
export function transitText(tracking: Tracking, messages: Messages, locale: string): string | undefined {
  if (tracking.transitDays === undefined) return undefined;
  return plural(tracking.delivered ? messages.deliveredIn : messages.daysInTransit, tracking.transitDays, locale);
}
