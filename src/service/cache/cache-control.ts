import type {CachedAnswer} from './store.js';

/** A stale copy served while the upstream fails may be reused this long, no longer. */
export const STALE_MAX_AGE_SECONDS = 60;

/** Whole seconds an answer is still fresh at `now` (a part-second left counts as one). */
export const freshSeconds = (answer: CachedAnswer, now: number) =>
  Math.max(0, Math.ceil(answer.maxAge - (now - answer.storedAt) / 1000));

/**
 * `Cache-Control` for a cached or fetched answer: what is left of its freshness, so a CDN never
 * keeps it longer than this service would, and the window a CDN may serve it stale while it asks again.
 */
export const cacheControlFor = (answer: CachedAnswer, now: number) =>
  `public, max-age=${freshSeconds(answer, now)}, stale-while-revalidate=${answer.staleWhileRevalidate}`;

export const STALE_CACHE_CONTROL = `public, max-age=${STALE_MAX_AGE_SECONDS}`;
