import {createClient} from 'redis';
import {asCachedAnswer, type TrackingStore} from './store.js';

export interface RedisStoreOptions {
  /** `redis://[user:password@]host:port[/db]` */
  url: string;
  /** Prefix of every key this store writes. */
  prefix?: string;
}

/**
 * A store shared by every instance of the service: answers as JSON under `prefix + key`, each
 * with Redis's own expiry. Connects before it resolves; `close()` disconnects.
 */
export async function redisStore({url, prefix = 'order-tracker:'}: RedisStoreOptions) {
  // Commands fail at once while the connection is down (the lookup then goes upstream) instead of queueing.
  const client = createClient({url, disableOfflineQueue: true});
  // Without a listener, a lost connection would crash the process; the calls below fail instead.
  client.on('error', () => {});
  await client.connect();
  const store: TrackingStore & {close(): Promise<void>} = {
    async get(key) {
      const value = await client.get(prefix + key);
      return value === null ? undefined : asCachedAnswer(JSON.parse(value));
    },
    async set(key, answer, ttlSeconds) {
      await client.set(prefix + key, JSON.stringify(answer), {expiration: {type: 'EX', value: Math.ceil(ttlSeconds)}});
    },
    async close() {
      await client.close();
    },
  };
  return store;
}
