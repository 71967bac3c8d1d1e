import {freshSeconds} from './cache/cache-control.js';
import {classifyAnswer, KEEP_FOR_FAILURES_SECONDS, LIFETIMES} from './cache/lifetime.js';
import type {CachedAnswer, TrackingStore} from './cache/store.js';
import {createCoalescer} from './coalesce.js';
import {errorBody} from './http/responses.js';
import type {Logger} from './logger.js';
import type {Provider} from './providers/provider.js';
import {failed, UpstreamError, type UpstreamFailure, type UpstreamOutcome} from './upstream/outcome.js';
import {createUpstream} from './upstream/upstream-client.js';

export interface LookupOptions {
  provider: Provider;
  store: TrackingStore;
  fetch: typeof fetch;
  timeoutMs: number;
  maxUpstreamBytes: number;
  now: () => number;
  log: Logger;
}

/** An answer and where it came from, or the upstream's failure when there is no answer to give. */
export type LookupResult =
  {cache: 'HIT' | 'MISS' | 'STALE'; answer: CachedAnswer} | {cache: 'MISS'; failure: UpstreamFailure};

/**
 * One number's answer: fresh from the store, else from the upstream (one call however many ask
 * at once), stored with the lifetime its content calls for; when the upstream fails, the stale
 * copy if one is kept.
 */
export function createLookup({provider, store, fetch, timeoutMs, maxUpstreamBytes, now, log}: LookupOptions) {
  const coalesce = createCoalescer<CachedAnswer | UpstreamFailure>();

  /** The store's answer; a store that fails is logged and treated as empty, never as an error. */
  async function stored(key: string) {
    try {
      return await store.get(key);
    } catch {
      log('store-error', {provider: provider.name, operation: 'get'});
      return undefined;
    }
  }

  async function ask(number: string): Promise<UpstreamOutcome> {
    // A timer cleared as soon as the lookup ends, so finished lookups hold no timer or signal.
    const deadline = new AbortController();
    const timer = setTimeout(() => deadline.abort(), timeoutMs);
    const upstream = createUpstream({fetch, signal: deadline.signal, maxBytes: maxUpstreamBytes});
    try {
      return await provider.lookup(number, upstream);
    } catch (error) {
      return error instanceof UpstreamError ? error.outcome : failed('provider failed');
    } finally {
      clearTimeout(timer);
    }
  }

  /** The outcome as an answer to keep, or the failure to report. */
  function toAnswer(outcome: UpstreamOutcome): CachedAnswer | UpstreamFailure {
    if (outcome.kind === 'refused' || outcome.kind === 'failed') return outcome;
    const answerClass = outcome.kind === 'not-found' ? 'not-found' : classifyAnswer(outcome.json);
    if (answerClass === 'not-tracking') return failed('upstream answered JSON that is no tracking');
    const body = outcome.kind === 'answer' ? outcome.body : errorBody('unknown-number');
    return {status: answerClass === 'not-found' ? 404 : 200, body, storedAt: now(), ...LIFETIMES[answerClass]};
  }

  async function fetchAndStore(number: string, key: string) {
    const started = now();
    const outcome = await ask(number);
    const result = toAnswer(outcome);
    log('upstream', {
      provider: provider.name,
      outcome: outcome.kind,
      ...('reason' in result ? {reason: result.reason} : {status: result.status, maxAge: result.maxAge}),
      ms: now() - started,
    });
    if ('body' in result) {
      try {
        await store.set(key, result, result.maxAge + KEEP_FOR_FAILURES_SECONDS);
      } catch {
        log('store-error', {provider: provider.name, operation: 'set'});
      }
    }
    return result;
  }

  return async (number: string): Promise<LookupResult> => {
    const key = `${provider.name}:${number}`;
    const kept = await stored(key);
    if (kept && freshSeconds(kept, now()) > 0) return {cache: 'HIT', answer: kept};
    const fresh = await coalesce(key, () => fetchAndStore(number, key));
    if ('body' in fresh) return {cache: 'MISS', answer: fresh};
    return kept ? {cache: 'STALE', answer: kept} : {cache: 'MISS', failure: fresh};
  };
}
