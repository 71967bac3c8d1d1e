import type {IncomingMessage, ServerResponse} from 'node:http';
import type {TrackingHandler} from '../handler.js';

/** A request header as one string (repeated headers joined), or null. */
const headerOf = (incoming: IncomingMessage, name: string) => {
  const value = incoming.headers[name];
  return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
};

/**
 * The handler as a `node:http` request listener, without Web `Request`/`Response` objects in
 * between: the method, path and headers go in (no body: nothing the service answers reads one),
 * with the socket's address as the client's.
 */
export function toNodeListener(handler: TrackingHandler) {
  return async (incoming: IncomingMessage, outgoing: ServerResponse) => {
    const {status, headers, body} = await handler.answer({
      method: incoming.method ?? 'GET',
      // A fixed origin: the Host header is the client's to choose and only the path is read.
      path: new URL(incoming.url ?? '/', 'http://localhost').pathname,
      header: (name) => headerOf(incoming, name),
      clientAddress: incoming.socket.remoteAddress,
    });
    outgoing.writeHead(status, headers);
    outgoing.end(body ?? undefined);
  };
}
