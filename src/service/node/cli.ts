#!/usr/bin/env node
// `order-tracker-server` (README "The tracking service"): the handler on node:http.
import {createServer} from 'node:http';
import type {TrackingStore} from '../cache/store.js';
import {createTrackingHandler} from '../handler.js';
import {jsonLogger} from '../logger.js';
import {providerByName} from '../providers/by-name.js';
import {readCliOptions, USAGE, type CliOptions} from './cli-options.js';
import {toNodeListener} from './listener.js';

const apiKey = process.env.ORDER_TRACKER_API_KEY ?? '';
const log = jsonLogger({secrets: [apiKey]});

function fail(message: string): never {
  console.error(`order-tracker-server: ${message}\n\n${USAGE}`);
  process.exit(2);
}

/** The Redis store when asked for, loaded only then (`redis` is an optional peer dependency). */
async function openStore(options: CliOptions): Promise<(TrackingStore & {close(): Promise<void>}) | undefined> {
  if (!options.redis) return undefined;
  const {redisStore} = await import('../cache/redis-store.js');
  return redisStore({url: options.redis});
}

async function main() {
  let options: CliOptions;
  try {
    options = readCliOptions(process.argv.slice(2));
  } catch (error) {
    return fail((error as Error).message);
  }
  if (options.help) return console.log(USAGE);
  let provider;
  try {
    provider = providerByName(options.provider, {apiKey, baseUrl: options.upstream});
  } catch (error) {
    return fail((error as Error).message);
  }
  const store = await openStore(options).catch(() => fail('could not connect to Redis at --redis.'));
  const handler = createTrackingHandler({
    provider,
    base: options.base,
    store,
    allowOrigins: options.allowOrigins,
    rateLimit: options.rateLimit ? {limit: options.rateLimit} : false,
    trustProxyHeader: options.trustProxyHeader,
    log,
  });
  const server = createServer(toNodeListener(handler));
  server.listen(options.port, options.host, () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : options.port;
    log('listening', {host: options.host, port, provider: provider.name, store: store ? 'redis' : 'memory'});
  });

  // SIGTERM (a container stop, a deploy): no new connections, open ones finished, then exit 0.
  const shutdown = () => {
    log('stopping');
    server.close(async () => {
      await store?.close().catch(() => {});
      log('stopped');
      process.exit(0);
    });
    server.closeIdleConnections();
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
}

void main();
