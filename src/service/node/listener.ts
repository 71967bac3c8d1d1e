import type {IncomingMessage, ServerResponse} from 'node:http';
import type {TrackingHandler} from '../handler.js';

/**
 * The handler as a `node:http` request listener. The request is rebuilt with its method, path and
 * headers only (no body: nothing the service answers reads one), and the socket's address goes
 * to the handler as the client's.
 */
export function toNodeListener(handler: TrackingHandler) {
  return async (incoming: IncomingMessage, outgoing: ServerResponse) => {
    const headers = new Headers();
    for (const [name, value] of Object.entries(incoming.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    try {
      // A fixed origin: the Host header is the client's to choose and the handler reads only the path.
      const request = new Request(new URL(incoming.url ?? '/', 'http://localhost'), {
        method: incoming.method,
        headers,
      });
      const response = await handler(request, {clientAddress: incoming.socket.remoteAddress});
      outgoing.writeHead(response.status, Object.fromEntries(response.headers));
      outgoing.end(response.body ? new Uint8Array(await response.arrayBuffer()) : undefined);
    } catch {
      // A request Node parsed but `Request` refuses (a malformed path or method).
      if (!outgoing.headersSent) outgoing.writeHead(400, {'content-type': 'application/json; charset=utf-8'});
      outgoing.end('{"error":"bad-request"}');
    }
  };
}
