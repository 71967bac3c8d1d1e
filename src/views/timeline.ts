import type {TrackingEvent} from '../tracking/model/tracking.js';

/** What the log needs besides the events: how to write a time, and which number an event is of. */
export interface TimelineOptions {
  eventTime: (event: TrackingEvent) => string;
  numberTag: (event: TrackingEvent) => string | undefined;
  /**
   * What `eventTime` depends on besides the event (the language, whether zones are shown): items
   * built under another `look` are not reused.
   */
  look?: string;
}

let prototype: HTMLLIElement | undefined;

/** One event's markup, parsed never: built once with DOM calls, then cloned. */
function eventPrototype(): HTMLLIElement {
  if (prototype) return prototype;
  const item = document.createElement('li');
  item.setAttribute('part', 'event');
  item.className = 'event';
  const description = document.createElement('p');
  description.className = 'event-description';
  const meta = document.createElement('p');
  meta.className = 'event-meta';
  item.append(document.createElement('time'), description, meta);
  return (prototype = item);
}

/** What a list shows: its items in order, the event and number tag of each, and their `look`. */
interface Shown {
  look: string;
  items: Element[];
  events: TrackingEvent[];
  tags: (string | undefined)[];
}
const shownIn = new WeakMap<HTMLOListElement, Shown>();

/** An item is reused for an event with the same key. */
const keyOf = (event: TrackingEvent, tag: string | undefined) =>
  `${event.time}\n${event.description}\n${event.location ?? ''}\n${tag ?? ''}`;

function buildItem(event: TrackingEvent, tag: string | undefined, eventTime: TimelineOptions['eventTime']) {
  const item = eventPrototype().cloneNode(true) as HTMLLIElement;
  const time = item.firstElementChild as HTMLTimeElement;
  const description = time.nextElementSibling!;
  const meta = description.nextElementSibling!;
  time.dateTime = event.time;
  time.textContent = eventTime(event);
  description.textContent = event.description;
  if (event.location || tag) {
    meta.textContent = event.location ?? '';
    if (tag) {
      const badge = document.createElement('span');
      badge.className = 'tag';
      badge.textContent = tag;
      meta.append(' ', badge);
    }
  } else {
    meta.remove();
  }
  return item;
}

/**
 * The event log (`<ol part="timeline">`), newest first: its first `count` events (all by
 * default), built with plain DOM calls so that hundreds of events render as fast as hand-written
 * code would (README "Performance"). Given the list shown before (`list`), it updates that list
 * in place: an item whose event has not changed stays as it is, so a refresh that adds one event
 * builds one item, and showing more events builds only those. Carrier text only ever goes into
 * `textContent`, so markup in it stays text.
 */
export function updateTimeline(
  events: readonly TrackingEvent[],
  {eventTime, numberTag, look = ''}: TimelineOptions,
  count = events.length,
  list?: HTMLOListElement,
): HTMLOListElement {
  if (!list) {
    list = document.createElement('ol');
    list.setAttribute('part', 'timeline');
    list.className = 'timeline';
  }
  const before = shownIn.get(list);
  const reusable = new Map<string, Element>();
  if (before?.look === look) {
    before.items.forEach((item, i) => {
      const key = keyOf(before.events[i]!, before.tags[i]);
      if (!reusable.has(key)) reusable.set(key, item);
    });
  }
  const now: Shown = {look, items: [], events: [], tags: []};
  let next = list.firstElementChild; // the first item not yet placed
  const shown = Math.min(count, events.length);
  for (let i = 0; i < shown; i++) {
    const event = events[i]!;
    const tag = numberTag(event);
    const key = reusable.size ? keyOf(event, tag) : '';
    let item = reusable.get(key);
    if (item) reusable.delete(key);
    else item = buildItem(event, tag, eventTime);
    if (item === next) next = next.nextElementSibling;
    else list.insertBefore(item, next);
    now.items.push(item);
    now.events.push(event);
    now.tags.push(tag);
  }
  shownIn.set(list, now);
  while (next) {
    const stale = next;
    next = next.nextElementSibling;
    stale.remove();
  }
  return list;
}

/** A new log of every event. */
export const buildTimeline = (events: readonly TrackingEvent[], options: TimelineOptions): HTMLOListElement =>
  updateTimeline(events, options);
