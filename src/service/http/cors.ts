/** How long a browser may remember a preflight answer. */
const PREFLIGHT_MAX_AGE_SECONDS = 86_400;

/**
 * CORS for the shop's own origins only, compared exactly (scheme, host and port): an answer
 * names the request's origin when it is allowed, and nothing otherwise.
 */
export function createCors(allowedOrigins: readonly string[]) {
  const allowed = new Set(allowedOrigins);
  const isAllowed = (origin: string | null): origin is string => origin !== null && allowed.has(origin);
  // Answers differ by origin as soon as any is allowed: shared caches must keep them apart.
  const vary: Record<string, string> = allowed.size ? {vary: 'Origin'} : {};

  return {
    /** Headers for an answer to `origin`. */
    headersFor(origin: string | null): Record<string, string> {
      if (!isAllowed(origin)) return vary;
      return {
        ...vary,
        'access-control-allow-origin': origin,
        'access-control-expose-headers': 'Retry-After, X-Cache',
      };
    },
    /** The preflight answer's headers, or undefined when the origin or method is not allowed. */
    preflight(origin: string | null, method: string | null): Record<string, string> | undefined {
      if (!isAllowed(origin) || (method !== 'GET' && method !== 'HEAD')) return undefined;
      return {
        ...this.headersFor(origin),
        'access-control-allow-methods': 'GET, HEAD',
        'access-control-allow-headers': 'Accept',
        'access-control-max-age': String(PREFLIGHT_MAX_AGE_SECONDS),
      };
    },
  };
}

export type Cors = ReturnType<typeof createCors>;
