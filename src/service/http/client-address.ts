import type {ServiceRequest} from './service-request.js';

/** Where the handler learns who is asking, for the per-client rate limit. */
export interface ClientContext {
  /** The peer address of the connection (the Node adapter passes the socket's). */
  clientAddress?: string;
}

/** The key of requests whose client cannot be told: they share one rate-limit window. */
export const UNKNOWN_CLIENT = 'unknown';

/**
 * The client's address: from `trustedHeader` only when the operator named one (a CDN or proxy
 * in front sets it; anyone can send it otherwise), else the connection's. For `X-Forwarded-For`
 * the last entry is taken: the one the nearest proxy, the trusted one, appended.
 */
export function clientAddressOf(request: ServiceRequest, trustedHeader?: string) {
  if (trustedHeader) {
    const entries = request.header(trustedHeader.toLowerCase())?.split(',') ?? [];
    const last = entries[entries.length - 1]?.trim();
    if (last) return last;
  }
  return request.clientAddress || UNKNOWN_CLIENT;
}
