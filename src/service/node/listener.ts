import type {IncomingMessage, ServerResponse} from 'node:http';
import type {TrackingHandler} from '../handler.js';

/** A request header as one string (repeated headers joined), or null. */
const headerOf = (incoming: IncomingMessage, name: string) => {
  const value = incoming.headers[name];
  return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
};

/**
 * The request target's path as the Web handler would see it. Origin-form targets (`/x`, `//x`)
 * are read under a fixed origin (the Host header is the client's to choose, and `new URL('//')`
 * alone would take `//x` for a host); absolute-form ones (`http://host/x`) are read as they are.
 */
const pathOf = (target: string) => new URL(target.startsWith('/') ? `http://localhost${target}` : target).pathname;

/** The same path with its dot segments left in (`\` read as `/`, as `new URL()` does): the handler refuses `..` typed as a number. */
const unresolvedPathOf = (target: string) =>
  target
    .replace(/^[a-z][a-z\d+.-]*:\/\/[^/?#]*/i, '')
    .replace(/[?#].*$/s, '')
    .replaceAll('\\', '/');

const BAD_REQUEST = JSON.stringify({error: 'bad-request', message: 'The request target is not a URL path.'});
const INTERNAL = JSON.stringify({error: 'internal', message: 'The tracking service failed.'});

/** A fixed JSON answer for requests the handler never sees (or that it failed on). */
function fail(outgoing: ServerResponse, status: number, body: string) {
  if (!outgoing.headersSent) outgoing.writeHead(status, {'content-type': 'application/json; charset=utf-8'});
  outgoing.end(body);
}

/**
 * The handler as a `node:http` request listener, without Web `Request`/`Response` objects in
 * between: the method, path and headers go in (no body: nothing the service answers reads one),
 * with the socket's address as the client's. Nothing a client sends can make it throw.
 */
export function toNodeListener(handler: TrackingHandler) {
  return async (incoming: IncomingMessage, outgoing: ServerResponse) => {
    let path: string;
    try {
      path = pathOf(incoming.url ?? '/');
    } catch {
      return fail(outgoing, 400, BAD_REQUEST);
    }
    try {
      const {status, headers, body} = await handler.answer({
        method: incoming.method ?? 'GET',
        path,
        unresolvedPath: unresolvedPathOf(incoming.url ?? '/'),
        header: (name) => headerOf(incoming, name),
        clientAddress: incoming.socket.remoteAddress,
      });
      if (body === null) return void outgoing.writeHead(status, headers).end();
      // With its length known the answer goes out in one piece, not chunked (CDNs and clients prefer it).
      const bytes = Buffer.from(body);
      outgoing.writeHead(status, {...headers, 'content-length': String(bytes.byteLength)}).end(bytes);
    } catch {
      fail(outgoing, 500, INTERNAL);
    }
  };
}
