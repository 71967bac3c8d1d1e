import type {DeliveryWindow, Stage, Tracking, TrackingEvent} from '../tracking/model/tracking.js';
import {eventInstant, type Instant} from '../tracking/model/time.js';
import {fill, type AllMessages, type Plural} from './messages.js';

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

const isSmallCount = (count: number) => Number.isInteger(count) && count >= 0 && count < 1000;

/** A count message in the locale's plural form, the count in Latin digits. */
export function plural(message: Plural, count: number, locale: string): string {
  const category = cached(`p${locale}`, () => new Intl.PluralRules(locale)).select(count);
  // Below 1,000 every language writes a count in Latin digits as they are: no formatter to make.
  const number = isSmallCount(count)
    ? String(count)
    : cached(`n${locale}`, () => new Intl.NumberFormat(withLatinDigits(locale))).format(count);
  return fill(message[category] ?? message.other, {n: number});
}

/** "GMT+8", "GMT-5:30" for an offset in minutes. */
export const offsetLabel = (offset: number) => {
  const sign = offset < 0 ? '-' : '+';
  const minutes = Math.abs(offset);
  return `GMT${sign}${Math.floor(minutes / 60)}${minutes % 60 ? `:${String(minutes % 60).padStart(2, '0')}` : ''}`;
};

/**
 * The IANA zone of a UTC offset, so `Intl` can name it in the UI language ("GMT+8", "غرينتش+٨"):
 * `Etc/GMT-8` is UTC+8. Offsets of whole hours only; others have no such zone.
 */
const offsetZone = (offset: number) =>
  offset % 60 ? undefined : offset ? `Etc/GMT${offset > 0 ? '-' : '+'}${Math.abs(offset / 60)}` : 'Etc/GMT';

const FIELDS = {year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit'} as const;

/**
 * Writes instants at a zone's wall clock with the zone's name, as `Intl` does. Where the name
 * comes last (most languages), the same text is the zone's wall-clock time and the name written
 * after it, which takes about half the time for a long log; checked once per language and zone,
 * else (Chinese puts the zone before the time) `Intl`'s own.
 */
function zoneClock(locale: string, zone: string, offset: number): {format(epoch: number): string} {
  const named = new Intl.DateTimeFormat(withLatinDigits(locale), {
    ...FIELDS,
    timeZone: zone,
    timeZoneName: 'shortOffset',
  });
  const wall = new Intl.DateTimeFormat(withLatinDigits(locale), {...FIELDS, timeZone: 'UTC'});
  const shift = offset * 60_000;
  // Wall-clock times with one-digit and two-digit fields: some languages pad the hour only without a zone.
  const samples = [Date.UTC(2026, 0, 2, 3, 4) - shift, Date.UTC(2026, 11, 25, 15, 45) - shift];
  const [before, name] = named.formatToParts(samples[0]).slice(-2);
  const suffix = name?.type === 'timeZoneName' && before?.type === 'literal' ? before.value + name.value : undefined;
  const shifted = (epoch: number) => wall.format(epoch + shift) + suffix;
  return suffix && samples.every((sample) => shifted(sample) === named.format(sample)) ? {format: shifted} : named;
}

/**
 * A formatter of event times at the wall clock where they happened (docs/behaviour.md#languages):
 * with the event's offset as given, else in the customer's own zone. `withZone` names the zone
 * for logs that span several, written by `Intl` in the UI language; an offset no zone has
 * ("+05:45") follows the time as its own isolated run, so it cannot reorder right-to-left text.
 * Resolves its `Intl` formatters once, for a whole log.
 */
export function eventTimeFormatter(locale: string, withZone = false): (event: {time: string}) => string {
  const style = {dateStyle: 'medium', timeStyle: 'short'} as const;
  // Made at their first use: a log whose times all name their zone never needs the other two.
  let wallClock: Intl.DateTimeFormat | undefined;
  let customerClock: Intl.DateTimeFormat | undefined;
  return (event) => {
    const instant = eventInstant(event);
    if (!instant) return event.time;
    const {epoch, offset} = instant;
    if (offset === undefined) return (customerClock ??= dateTimeFormat(locale, style)).format(epoch);
    const zone = withZone && offsetZone(offset);
    // Keyed by the zone alone: one string per event, not the options' JSON.
    if (zone) return cached(`z${locale}${zone}`, () => zoneClock(locale, zone, offset)).format(epoch);
    const text = (wallClock ??= dateTimeFormat(locale, {...style, timeZone: 'UTC'})).format(epoch + offset * 60_000);
    return withZone ? `${text} \u2068${offsetLabel(offset)}\u2069` : text;
  };
}

/** A date of an instant at the wall clock where it happened (else the customer's), in `options`. */
function formatDay(instant: Instant, locale: string, options: Intl.DateTimeFormatOptions, now: number): string {
  const {epoch, offset} = instant;
  const sameYear = new Date(epoch).getFullYear() === new Date(now).getFullYear();
  const fields: Intl.DateTimeFormatOptions = sameYear ? options : {...options, year: 'numeric'};
  if (offset === undefined) return dateTimeFormat(locale, fields).format(epoch);
  return dateTimeFormat(locale, {...fields, timeZone: 'UTC'}).format(epoch + offset * 60_000);
}

const WEEKDAY_DATE = {weekday: 'short', month: 'short', day: 'numeric'} as const;
const SHORT_DATE = {month: 'short', day: 'numeric'} as const;

/** Days after which a parcel not delivered reads "No update since …" (README "Layout"). */
export const STALE_DAYS = 30;
const DAY_MS = 86_400_000;

/** Whether a parcel not delivered has had no event for over `STALE_DAYS`. */
function isStale({delivered, events}: Tracking, now: number): boolean {
  const newest = !delivered && events[0] && eventInstant(events[0]);
  return !!newest && now - newest.epoch > STALE_DAYS * DAY_MS;
}

/** "3 hours ago", "yesterday", "12 days ago": how long before `now` an instant was. */
function ago(epoch: number, locale: string, now: number): string {
  const format = cached(`ago${locale}`, () => new Intl.RelativeTimeFormat(locale, {numeric: 'auto'}));
  const minutes = Math.max(1, Math.round((now - epoch) / 60_000));
  if (minutes < 60) return format.format(-minutes, 'minute');
  if (minutes < 24 * 60) return format.format(-Math.round(minutes / 60), 'hour');
  return format.format(-Math.round(minutes / (24 * 60)), 'day');
}

/** Text from the data inside one of our sentences, isolated so it cannot reorder it. */
export const isolate = (text: string) => `\u2068${text}\u2069`;

/** When the parcel was delivered: its delivering event (the newest of stage H), else the newest. */
const deliveryEvent = (events: readonly TrackingEvent[]) => events.find((event) => event.stage === 'H') ?? events[0];

/**
 * The overview's "when" line: "Delivered on Tue, Nov 10" once delivered, else the estimated
 * delivery window when known, else "Last update 3 hours ago · Los Angeles, CA".
 */
export function statusDetail(tracking: Tracking, m: AllMessages, locale: string, now = Date.now()): string | undefined {
  const {events} = tracking;
  const newest = events[0] && eventInstant(events[0]);
  if (tracking.delivered) {
    const date = deliveryDate(tracking, locale, now);
    return date && fill(m.deliveredOn, {date});
  }
  if (tracking.estimatedDelivery)
    return fill(m.estimatedDelivery, {window: formatWindow(tracking.estimatedDelivery, locale)});
  if (!newest) return undefined;
  const place = events[0]!.location && isolate(events[0]!.location);
  const time = ago(newest.epoch, locale, now);
  return place ? fill(m.lastUpdateAt, {time, place}) : fill(m.lastUpdate, {time});
}

/** The date a stage was reached: its newest event's, at the wall clock where it happened. */
export function stageDate(tracking: Tracking, stage: Stage, locale: string, now = Date.now()): string | undefined {
  const event = tracking.events.find((candidate) => candidate.stage === stage);
  const instant = event && eventInstant(event);
  return instant && formatDay(instant, locale, SHORT_DATE, now);
}

/** The date a delivered parcel was delivered, as stage H's sentence says it: "Tue, Nov 10". */
export function deliveryDate(tracking: Tracking, locale: string, now = Date.now()): string | undefined {
  const event = tracking.delivered ? deliveryEvent(tracking.events) : undefined;
  const instant = event && eventInstant(event);
  return instant && formatDay(instant, locale, WEEKDAY_DATE, now);
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

/**
 * "Delivered in 12 days" / "8 days in transit"; zero days read "Delivered in less than a day" /
 * "Shipped today"; a parcel not delivered whose newest event is over `STALE_DAYS` old reads
 * "No update since Oct 2" instead. Undefined before the first event.
 */
export function transitText(
  tracking: Tracking,
  messages: AllMessages,
  locale: string,
  now = Date.now(),
): string | undefined {
  const {transitDays, delivered, events} = tracking;
  // Quiet for weeks: since when, not a count of days nobody saw the parcel move.
  const newest = events[0] && eventInstant(events[0]);
  if (newest && isStale(tracking, now))
    return fill(messages.noUpdateSince, {date: formatDay(newest, locale, SHORT_DATE, now)});
  if (transitDays === undefined) return undefined;
  if (transitDays === 0) return delivered ? messages.deliveredSameDay : messages.shippedToday;
  return plural(delivered ? messages.deliveredIn : messages.daysInTransit, transitDays, locale);
}
