import {failed, UpstreamError} from './outcome.js';
import {readCapped} from './read-capped.js';

/** A whole lookup (every call a provider makes for one number) gets this long. */
export const UPSTREAM_TIMEOUT_MS = 10_000;

const USER_AGENT = 'order-tracker-server';

export interface UpstreamRequest {
  method?: 'GET' | 'POST';
  /** The provider's own headers (its API key, a content type): nothing of the client's. */
  headers?: Record<string, string>;
  body?: string;
}

export interface UpstreamReply {
  status: number;
  headers: Headers;
  text: string;
}

/** One HTTP exchange with the upstream; throws `UpstreamError` on timeout, network failure or a huge body. */
export type Upstream = (url: string, request?: UpstreamRequest) => Promise<UpstreamReply>;

export interface UpstreamOptions {
  fetch: typeof fetch;
  /** Aborts every exchange of the lookup at its deadline. */
  signal: AbortSignal;
  maxBytes?: number;
}

/**
 * The only way providers reach the network. Requests are built from scratch (no client header,
 * cookie or address is ever copied), redirects are not followed (a redirect is where captcha and
 * login pages live, and following one would carry the API key elsewhere).
 */
export const createUpstream =
  ({fetch: fetchImpl, signal, maxBytes}: UpstreamOptions): Upstream =>
  async (url, {method = 'GET', headers, body} = {}) => {
    try {
      const response = await fetchImpl(url, {
        method,
        headers: {accept: 'application/json', 'user-agent': USER_AGENT, ...headers},
        body,
        redirect: 'manual',
        signal,
      });
      return {status: response.status, headers: response.headers, text: await readCapped(response, maxBytes)};
    } catch (error) {
      if (error instanceof UpstreamError) throw error;
      if (signal.aborted) throw new UpstreamError(failed('upstream timeout', 504));
      throw new UpstreamError(failed('upstream unreachable'));
    }
  };
