import type {TrackingEvent} from '../tracking/model/tracking.js';

/** What the log needs besides the events: how to write a time, and which number an event is of. */
export interface TimelineOptions {
  eventTime: (event: TrackingEvent) => string;
  numberTag: (event: TrackingEvent) => string | undefined;
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

/**
 * The event log (`<ol part="timeline">`), newest first, built with plain DOM calls: a log of
 * hundreds of events renders as fast as hand-written code would (README "Performance"). Carrier text only
 * ever goes into `textContent`, so markup in it stays text.
 */
export function buildTimeline(
  events: readonly TrackingEvent[],
  {eventTime, numberTag}: TimelineOptions,
): HTMLOListElement {
  const list = document.createElement('ol');
  list.setAttribute('part', 'timeline');
  list.className = 'timeline';
  const template = eventPrototype();
  for (const event of events) {
    const item = template.cloneNode(true) as HTMLLIElement;
    const time = item.firstElementChild as HTMLTimeElement;
    const description = time.nextElementSibling!;
    const meta = description.nextElementSibling!;
    time.dateTime = event.time;
    time.textContent = eventTime(event);
    description.textContent = event.description;
    const tag = numberTag(event);
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
    list.append(item);
  }
  return list;
}
