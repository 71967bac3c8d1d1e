/**
 * `order-tracker/server`: the tracking service (README "The tracking service"). Web-standard
 * only: nothing here needs Node, the DOM or a framework.
 */
export {createTrackingHandler, type TrackingHandler, type TrackingHandlerOptions} from './handler.js';
export type {ClientContext} from './http/client-address.js';
export type {RateLimitOptions} from './http/rate-limit.js';
export {memoryStore, type MemoryStoreOptions} from './cache/memory-store.js';
export type {CachedAnswer, TrackingStore} from './cache/store.js';
export {LIFETIMES} from './cache/lifetime.js';
export {jsonLogger, silentLogger, type JsonLoggerOptions, type Logger, type LogFields} from './logger.js';
export type {Provider, ProviderOptions, KeyedProviderOptions} from './providers/provider.js';
export {cainiao, CAINIAO_BASE_URL} from './providers/cainiao.js';
export {seventeenTrack, SEVENTEEN_TRACK_BASE_URL} from './providers/seventeen-track.js';
export {aftership, AFTERSHIP_BASE_URL} from './providers/aftership.js';
export {providerByName, isProviderName, PROVIDER_NAMES, type ProviderName} from './providers/by-name.js';
export type {Upstream, UpstreamReply, UpstreamRequest} from './upstream/upstream-client.js';
export type {UpstreamOutcome} from './upstream/outcome.js';
