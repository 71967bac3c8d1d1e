/** An upstream answer as the cache keeps it: enough to answer again, and to know for how long. */
export interface CachedAnswer {
  /** 200 for tracking, 404 for a number the upstream does not know. */
  status: 200 | 404;
  /** The upstream's JSON text, unchanged. */
  body: string;
  /** When it was fetched (ms since the epoch). */
  storedAt: number;
  /** Seconds it is fresh for. */
  maxAge: number;
  /** Seconds a CDN may serve it stale while it asks again. */
  staleWhileRevalidate: number;
}

/**
 * Where answers are kept between requests: in memory by default, Redis, Workers KV or anything
 * with these two calls (README "The tracking service"). A store may forget an answer at any
 * time; it must keep none past `ttlSeconds`.
 */
export interface TrackingStore {
  get(key: string): Promise<CachedAnswer | undefined>;
  set(key: string, answer: CachedAnswer, ttlSeconds: number): Promise<void>;
}

/** A stored value read back, or undefined when it is not a `CachedAnswer` (another version wrote it). */
export function asCachedAnswer(value: unknown): CachedAnswer | undefined {
  const answer = value as Partial<CachedAnswer> | null;
  return answer &&
    (answer.status === 200 || answer.status === 404) &&
    typeof answer.body === 'string' &&
    typeof answer.storedAt === 'number' &&
    typeof answer.maxAge === 'number' &&
    typeof answer.staleWhileRevalidate === 'number'
    ? (answer as CachedAnswer)
    : undefined;
}
