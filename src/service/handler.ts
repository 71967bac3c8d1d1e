import {cacheControlFor, STALE_CACHE_CONTROL} from './cache/cache-control.js';
import {memoryStore} from './cache/memory-store.js';
import type {TrackingStore} from './cache/store.js';
import {clientAddressOf, type ClientContext} from './http/client-address.js';
import {createCors} from './http/cors.js';
import {createRateLimit, type RateLimitOptions} from './http/rate-limit.js';
import {errorBody, jsonAnswer, NO_STORE} from './http/responses.js';
import type {ServiceAnswer, ServiceRequest} from './http/service-request.js';
import {jsonLogger, type Logger} from './logger.js';
import {createLookup, type LookupResult} from './lookup.js';
import type {Provider} from './providers/provider.js';
import {MAX_UPSTREAM_BYTES} from './upstream/read-capped.js';
import {UPSTREAM_TIMEOUT_MS} from './upstream/upstream-client.js';
import {readTrackingNumber} from '../tracking/tracking-number.js';

export interface TrackingHandlerOptions {
  /** Where tracking comes from: `cainiao()`, `seventeenTrack({apiKey})`, `aftership({apiKey})`. */
  provider: Provider;
  /** The path numbers are asked under: `GET <base>/<number>`. Default `/api/tracking`. */
  base?: string;
  /** Where answers are kept. Default: in memory, bounded (`memoryStore()`). */
  store?: TrackingStore;
  /** Origins allowed to call from a browser, compared exactly (`https://shop.example`). */
  allowOrigins?: readonly string[];
  /** Per-client limit (default 30 a minute), or `false` to leave limiting to a proxy in front. */
  rateLimit?: RateLimitOptions | false;
  /** A header holding the client's address, set by a proxy in front (`cf-connecting-ip`). Trusted only when named. */
  trustProxyHeader?: string;
  /** Default 10 s for a whole lookup. */
  upstreamTimeoutMs?: number;
  /** Default 5 MB. */
  maxUpstreamBytes?: number;
  /** The fetch upstream calls go through. Default: the global one. */
  fetch?: typeof fetch;
  /** The clock of lifetimes and rate windows. Default `Date.now`. */
  now?: () => number;
  /** Where log events go. Default: one JSON line each on stdout. */
  log?: Logger;
}

/** A Web-standard request handler; `context` carries what the platform knows about the connection. */
export interface TrackingHandler {
  (request: Request, context?: ClientContext): Promise<Response>;
  /** The same, without Web objects: for adapters such as the Node listener. */
  answer(request: ServiceRequest): Promise<ServiceAnswer>;
}

const HEALTH_PATH = '/healthz';
const TRACKING_METHODS = new Set(['GET', 'HEAD']);

/** The number in a path segment, or what was typed when it is refused (including undecodable `%` escapes). */
function numberIn(segment: string) {
  try {
    return readTrackingNumber(decodeURIComponent(segment));
  } catch {
    return {ok: false as const, typed: segment};
  }
}

/** A dot segment (`.`, `..`, `%2e%2e`, `.%2E`…) first in what follows the base. */
const DOT_SEGMENT = /^(?:\.|%2e){1,2}(?:\/|$)/i;

/**
 * The path to route on; the unresolved one when a dot segment stands in the number's place, so
 * `..` and `%2e%2e` are refused as numbers, not resolved out of the base (README "Security
 * guarantees"). Only the Node listener still has it: `new Request()` and edge platforms resolve
 * the URL before any code sees it.
 */
function routedPath({path, unresolvedPath: raw}: ServiceRequest, base: string) {
  return raw?.startsWith(`${base}/`) && DOT_SEGMENT.test(raw.slice(base.length + 1)) ? raw : path;
}

/** The answer's status and headers by where it came from (README "The tracking service"). */
function answerOf(result: LookupResult, now: number): {status: number; body: string; headers: Record<string, string>} {
  if ('answer' in result) {
    const cacheControl = result.cache === 'STALE' ? STALE_CACHE_CONTROL : cacheControlFor(result.answer, now);
    return {status: result.answer.status, body: result.answer.body, headers: {'cache-control': cacheControl}};
  }
  const {failure} = result;
  if (failure.kind === 'refused') {
    return {
      status: 503,
      body: errorBody('upstream-refused'),
      headers: {'cache-control': NO_STORE, 'retry-after': String(failure.retryAfterSeconds)},
    };
  }
  const code = failure.status === 504 ? 'upstream-timeout' : 'upstream-failed';
  return {status: failure.status, body: errorBody(code), headers: {'cache-control': NO_STORE}};
}

/**
 * `GET <base>/<number>` → the upstream's JSON unchanged; `GET /healthz` → 200. Runs on any
 * platform with `fetch`, `Request` and `Response` (README "The tracking service").
 */
export function createTrackingHandler(options: TrackingHandlerOptions): TrackingHandler {
  const base = (options.base ?? '/api/tracking').replace(/\/+$/, '');
  const now = options.now ?? Date.now;
  const log = options.log ?? jsonLogger();
  const cors = createCors(options.allowOrigins ?? []);
  const rateLimit = options.rateLimit === false ? undefined : createRateLimit(options.rateLimit ?? {}, now);
  const lookup = createLookup({
    provider: options.provider,
    store: options.store ?? memoryStore({now}),
    // Looked up at each call, so a platform (or test) that replaces the global fetch later is used.
    fetch: options.fetch ?? ((input, init) => fetch(input, init)),
    timeoutMs: options.upstreamTimeoutMs ?? UPSTREAM_TIMEOUT_MS,
    maxUpstreamBytes: options.maxUpstreamBytes ?? MAX_UPSTREAM_BYTES,
    now,
    log,
  });

  async function route(request: ServiceRequest): Promise<ServiceAnswer> {
    const path = routedPath(request, base);
    const origin = request.header('origin');
    const reply = (status: number, body: string, headers: Record<string, string>) =>
      jsonAnswer(status, body, {...cors.headersFor(origin), ...headers}, request.method);

    const isHealth = path === HEALTH_PATH;
    const isTracking = !isHealth && path.startsWith(`${base}/`);
    if (!isHealth && !isTracking) return reply(404, errorBody('not-found'), {'cache-control': NO_STORE});
    if (request.method === 'OPTIONS') {
      const preflight = cors.preflight(origin, request.header('access-control-request-method'));
      if (preflight) return {status: 204, headers: preflight, body: null};
      return reply(403, errorBody('origin-not-allowed'), {'cache-control': NO_STORE});
    }
    if (!TRACKING_METHODS.has(request.method))
      return reply(405, errorBody('method-not-allowed'), {'cache-control': NO_STORE, allow: 'GET, HEAD, OPTIONS'});
    if (isHealth) return reply(200, '{"ok":true}', {'cache-control': NO_STORE});

    const reading = numberIn(path.slice(base.length + 1));
    if (!reading.ok)
      return reply(400, errorBody('invalid-number', reading.typed.slice(0, 100)), {'cache-control': NO_STORE});
    const wait = rateLimit?.take(clientAddressOf(request, options.trustProxyHeader)) ?? 0;
    if (wait) return reply(429, errorBody('rate-limited'), {'cache-control': NO_STORE, 'retry-after': String(wait)});

    const result = await lookup(reading.number);
    const {status, body, headers} = answerOf(result, now());
    return reply(status, body, {...headers, 'x-cache': result.cache});
  }

  async function answer(request: ServiceRequest): Promise<ServiceAnswer> {
    const started = now();
    const result = await route(request);
    log('request', {
      method: request.method,
      status: result.status,
      cache: result.headers['x-cache'],
      ms: now() - started,
    });
    return result;
  }

  const handler = async (request: Request, context?: ClientContext) => {
    const {status, headers, body} = await answer({
      method: request.method,
      path: new URL(request.url).pathname,
      header: (name) => request.headers.get(name),
      clientAddress: context?.clientAddress,
    });
    return new Response(body, {status, headers});
  };
  return Object.assign(handler, {answer});
}
