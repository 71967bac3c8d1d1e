export interface RateLimitOptions {
  /** Lookups allowed per client per window. */
  limit?: number;
  windowMs?: number;
  /** Most clients tracked at once (the oldest windows are dropped first), so memory stays bounded. */
  maxClients?: number;
}

export const RATE_LIMIT_DEFAULTS = {limit: 30, windowMs: 60_000, maxClients: 100_000};

interface ClientWindow {
  startedAt: number;
  count: number;
}

/**
 * A fixed-window counter per client: `limit` lookups per `windowMs`. `take` answers 0 when the
 * lookup may go ahead, else the seconds until the client's window opens again (for Retry-After).
 */
export function createRateLimit(options: RateLimitOptions, now: () => number) {
  const {limit, windowMs, maxClients} = {...RATE_LIMIT_DEFAULTS, ...options};
  const windows = new Map<string, ClientWindow>();

  return {
    take(client: string): number {
      const time = now();
      let current = windows.get(client);
      if (!current || time - current.startedAt >= windowMs) {
        windows.delete(client);
        // Map order is insertion order: the first key holds the oldest window.
        if (windows.size >= maxClients) windows.delete(windows.keys().next().value as string);
        current = {startedAt: time, count: 0};
        windows.set(client, current);
      }
      if (current.count >= limit) return Math.max(1, Math.ceil((current.startedAt + windowMs - time) / 1000));
      current.count += 1;
      return 0;
    },
  };
}
