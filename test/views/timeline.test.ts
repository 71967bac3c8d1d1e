import {expect} from '@open-wc/testing';
import type {TrackingEvent} from '../../src/tracking/model/tracking.js';
import {updateTimeline, type TimelineOptions} from '../../src/views/timeline.js';

const event = (n: number): TrackingEvent =>
  ({
    time: `2026-10-${String(n).padStart(2, '0')}T10:00:00+08:00`,
    description: `Scan ${n}`,
    location: 'Shenzhen',
  }) as TrackingEvent;
/** Newest first, as a tracking holds them. */
const events = (from: number, to: number) => Array.from({length: to - from + 1}, (_, i) => event(to - i));
const options = (look = 'en false', made: TrackingEvent[] = []): TimelineOptions => ({
  eventTime: (e) => (made.push(e), e.time),
  numberTag: () => undefined,
  look,
});
const texts = (list: HTMLOListElement) => [...list.children].map((item) => item.querySelector('p')!.textContent);

describe('the event log, updated in place (README "Performance")', () => {
  it('a refresh with one more event builds that one item and keeps the others', () => {
    const list = updateTimeline(events(1, 30), options());
    const before = [...list.children];
    const made: TrackingEvent[] = [];
    expect(updateTimeline(events(1, 31), options(undefined, made), undefined, list)).to.equal(list);
    expect(made.map((e) => e.description)).to.deep.equal(['Scan 31']);
    expect([...list.children].slice(1)).to.deep.equal(before);
    expect(texts(list)[0]).to.equal('Scan 31');
  });

  it('the oldest event dropped and a changed one rebuilt, in order', () => {
    const list = updateTimeline(events(1, 5), options());
    const next = events(2, 6);
    next[2] = {...next[2]!, description: 'Scan 4, again'};
    const made: TrackingEvent[] = [];
    updateTimeline(next, options(undefined, made), undefined, list);
    expect(texts(list)).to.deep.equal(['Scan 6', 'Scan 5', 'Scan 4, again', 'Scan 3', 'Scan 2']);
    expect(made.map((e) => e.description)).to.deep.equal(['Scan 6', 'Scan 4, again']);
  });

  it('shows the first `count` events, and showing all builds only the rest', () => {
    const all = events(1, 100);
    const list = updateTimeline(all, options(), 5);
    expect(list.children).to.have.length(5);
    const first = [...list.children];
    const made: TrackingEvent[] = [];
    updateTimeline(all, options(undefined, made), all.length, list);
    expect(list.children).to.have.length(100);
    expect(made).to.have.length(95);
    expect([...list.children].slice(0, 5)).to.deep.equal(first);
    updateTimeline(all, options(), 5, list);
    expect([...list.children]).to.deep.equal(first);
  });

  it('another language (another look) builds every item again', () => {
    const list = updateTimeline(events(1, 3), options('en false'));
    const made: TrackingEvent[] = [];
    updateTimeline(events(1, 3), options('de false', made), undefined, list);
    expect(made).to.have.length(3);
  });
});
