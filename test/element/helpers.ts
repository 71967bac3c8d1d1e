import {waitUntil} from '@open-wc/testing';
import type {OrderTracker} from '../../src/element/order-tracker.js';

/** Shared helpers of the element tests: parts, text, settling, a fetch spy and a clock for long timers. */

export const part = (el: OrderTracker, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
export const parts = (el: OrderTracker, name: string) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`),
];
/** The text as read: whitespace collapsed, without the invisible isolates around data in sentences. */
export const textOf = (node: Element | null) =>
  node?.textContent
    ?.replace(/[\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim() ?? '';

/** Waits for the pending update, then until the widget shows something other than its loading skeleton. */
export async function settled(el: OrderTracker, timeout = 5000) {
  await el.updateComplete;
  await waitUntil(() => !el.shadowRoot?.querySelector('.skeleton'), 'still loading', {timeout});
}

/** One macrotask: unlike timers and frames, not throttled (or stopped) in a background tab. */
export const macrotask = () =>
  new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = resolve;
    channel.port2.postMessage(null);
  });
export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Records every request the page sends, then lets it through (or answers with `answer`). */
export function spyOnFetch() {
  const original = window.fetch;
  const calls: {url: string; signal?: AbortSignal | null}[] = [];
  const spy = {
    calls,
    /** Replaces the network: every later request gets this answer. */
    answer: undefined as undefined | (() => Promise<Response>),
    restore: () => (window.fetch = original),
  };
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({url: String(input), signal: init?.signal});
    return spy.answer ? spy.answer() : original(input, init);
  };
  return spy;
}

/**
 * Fakes timers of at least `threshold` ms (refresh periods and back-off) and lets `tick`
 * move the (otherwise frozen) `Date.now` past them; shorter timers (Lit, waitUntil, mocha's own) stay real.
 */
export function fakeLongTimers(threshold = 20_000) {
  const {setTimeout: realSet, clearTimeout: realClear} = window;
  const realNow = Date.now;
  const start = realNow();
  let offset = 0;
  let nextId = 1e9;
  const timers = new Map<number, {at: number; run: () => void}>();
  window.setTimeout = ((handler: TimerHandler, delay = 0, ...args: unknown[]) => {
    // As a browser reads it: a 32-bit integer, so a longer wait wraps around and fires at once.
    const wait = Number(delay) | 0;
    if (!(wait >= threshold) || typeof handler !== 'function') return realSet(handler, wait, ...args);
    const id = nextId++;
    timers.set(id, {at: Date.now() + wait, run: () => handler(...args)});
    return id;
  }) as typeof window.setTimeout;
  window.clearTimeout = ((id?: number) => void (timers.delete(id!) || realClear(id))) as typeof window.clearTimeout;
  Date.now = () => start + offset; // frozen between ticks, so waits read exactly
  return {
    /** The waits, in ms from now, of the fake timers still pending. */
    pending: () => [...timers.values()].map(({at}) => at - Date.now()),
    /** Moves the clock on by `ms`, running every fake timer that falls due. */
    tick(ms: number) {
      offset += ms;
      for (const [id, timer] of [...timers].sort((a, b) => a[1].at - b[1].at)) {
        if (timer.at > Date.now()) break;
        timers.delete(id);
        timer.run();
      }
    },
    restore() {
      Object.assign(window, {setTimeout: realSet, clearTimeout: realClear});
      Date.now = realNow;
    },
  };
}

/** Makes the page look hidden or visible, as a background tab would, and tells listeners. */
export function setVisibility(state: DocumentVisibilityState | undefined) {
  if (state) Object.defineProperty(document, 'visibilityState', {configurable: true, get: () => state});
  else delete (document as {visibilityState?: unknown}).visibilityState;
  document.dispatchEvent(new Event('visibilitychange'));
}

interface TrackerPageWindow extends Window {
  cspViolations?: string[];
  cspReady?: Promise<void>;
}

/**
 * Opens a page of test/pages (run by tracker-page.ts) in a frame of `width` px and waits until
 * its module has loaded the element and given `#from-data` its data.
 */
export async function openTrackerPage(url: string, width = 900) {
  const frame = document.createElement('iframe');
  frame.width = String(width);
  frame.height = '700';
  frame.src = url;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  const win = frame.contentWindow as TrackerPageWindow;
  await waitUntil(() => 'cspReady' in win, 'the page module did not run');
  await win.cspReady;
  const tracker = (id: string) => frame.contentDocument!.getElementById(id) as OrderTracker;
  return {frame, win, tracker};
}

/** What a screen reader reads of a node's content: its text without what is `aria-hidden`. */
export function spokenText(node: Node | null | undefined): string {
  const walk = (current: Node): string =>
    current.nodeType === Node.TEXT_NODE
      ? (current.textContent ?? '')
      : current instanceof Element && current.getAttribute('aria-hidden') === 'true'
        ? ''
        : [...current.childNodes].map(walk).join('');
  return node ? walk(node).replace(/\s+/g, ' ').trim() : '';
}
