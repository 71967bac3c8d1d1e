import type {UpstreamOutcome} from '../upstream/outcome.js';
import type {Upstream} from '../upstream/upstream-client.js';

/** One carrier data source: how a number is asked for and what its answers mean. */
export interface Provider {
  /** Names the provider in cache keys and log lines. */
  readonly name: string;
  /** Looks one accepted number up through `upstream` (throws only `UpstreamError`). */
  lookup(number: string, upstream: Upstream): Promise<UpstreamOutcome>;
}

/** Options every provider takes. */
export interface ProviderOptions {
  /** Where the upstream API lives (another region, a test stand-in). */
  baseUrl?: string;
}

/** Options of the providers that need an account. */
export interface KeyedProviderOptions extends ProviderOptions {
  /** The account's API key: sent only to the upstream, never logged or answered. */
  apiKey: string;
}

/** `base` + `path`, keeping the base's own path (`https://host/v2.2` + `register`). */
export const endpoint = (base: string, path: string) => new URL(path, base.endsWith('/') ? base : `${base}/`);

/** A plain object, or undefined. */
export const objectOf = (value: unknown): Record<string, unknown> | undefined =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
