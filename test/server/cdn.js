/**
 * A second origin for web-test-runner: dist/ served from another loopback port, as a CDN would,
 * with CORS (`/cors/…`) or without (`/plain/…`). Tests ask for its origin with
 * executeServerCommand('cdn-origin').
 */
import {createReadStream, existsSync} from 'node:fs';
import {createServer} from 'node:http';
import {join, normalize, resolve} from 'node:path';

const dist = resolve(import.meta.dirname, '../../dist');

function serveDist(request, response) {
  const [, mode, file] = /^\/(cors|plain)\/([\w.-]+)$/.exec(new URL(request.url, 'http://cdn').pathname) ?? [];
  const path = file && normalize(join(dist, file));
  if (!path || !path.startsWith(dist) || !existsSync(path)) {
    response.writeHead(404).end();
    return;
  }
  const headers = {'content-type': path.endsWith('.js') ? 'text/javascript' : 'application/json'};
  if (mode === 'cors') headers['access-control-allow-origin'] = '*';
  response.writeHead(200, headers);
  createReadStream(path).pipe(response);
}

export function cdnPlugin() {
  let server;
  return {
    name: 'cdn',
    async serverStart() {
      server = createServer(serveDist);
      await new Promise((ready) => server.listen(0, '127.0.0.1', ready));
    },
    async serverStop() {
      await new Promise((done) => server.close(done));
    },
    executeCommand({command}) {
      return command === 'cdn-origin' ? `http://127.0.0.1:${server.address().port}` : undefined;
    },
  };
}
