import type {IncomingMessage, ServerResponse} from 'node:http';
import type {Plugin} from 'vite';

/**
 * The demo's order-lookup endpoint, `POST /api/orders` (README "Order lookup endpoint"): the
 * contract a shop implements. Body `{order, email}`; answers `{trackingNumbers}` for a known
 * order with its email, 404 otherwise, 429 after too many misses in a minute. The email is
 * compared and forgotten: never logged, never stored.
 */

/** Demo orders: number → email and the tracking numbers of its parcels (demo/fixtures). */
const ORDERS: Record<string, {email: string; trackingNumbers: string[]}> = {
  '1001': {email: 'ada@example.com', trackingNumbers: ['LP00612345678901', 'LP00698765432109']},
  '1002': {email: 'ada@example.com', trackingNumbers: ['LP00612345678901', 'LP00698765432109', 'UBI7781234567']},
  '1003': {email: 'ada@example.com', trackingNumbers: []},
};

/** Misses allowed per client and minute before 429. */
const MISSES_PER_MINUTE = 5;
const misses = new Map<string, number[]>();

function readJson(request: IncomingMessage): Promise<unknown> {
  return new Promise((resolve) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => (body = (body + chunk).slice(0, 10_000)));
    request.on('end', () => {
      try {
        resolve(JSON.parse(body));
      } catch {
        resolve(undefined);
      }
    });
  });
}

function answer(response: ServerResponse, status: number, body: unknown) {
  response.statusCode = status;
  response.setHeader('content-type', 'application/json');
  response.setHeader('cache-control', 'no-store');
  response.end(JSON.stringify(body));
}

export const demoOrderApi = (): Plugin => ({
  name: 'demo-order-api',
  configureServer(server) {
    server.middlewares.use('/api/orders', (request, response) => {
      if (request.method !== 'POST') return answer(response, 405, {error: 'POST {order, email}'});
      const client = request.socket.remoteAddress ?? '';
      const now = Date.now();
      const recent = (misses.get(client) ?? []).filter((at) => now - at < 60_000);
      if (recent.length >= MISSES_PER_MINUTE) return answer(response, 429, {error: 'Too many tries'});
      void readJson(request).then((body) => {
        const {order, email} = (body ?? {}) as {order?: unknown; email?: unknown};
        const found = ORDERS[String(order).trim().replace(/^#/, '')];
        const matches = found && String(email).trim().toLowerCase() === found.email;
        if (!matches) {
          misses.set(client, [...recent, now]);
          return answer(response, 404, {error: 'No order found with that number and email'});
        }
        // A short delay, so the busy button can be seen.
        setTimeout(() => answer(response, 200, {trackingNumbers: found.trackingNumbers}), 400);
      });
    });
  },
});
