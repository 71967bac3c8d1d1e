import assert from 'node:assert/strict';
import {once} from 'node:events';
import {createServer, type Server} from 'node:http';
import {connect, type AddressInfo} from 'node:net';
import {after, before, describe, it} from 'node:test';
import {cainiao, createTrackingHandler, silentLogger, type TrackingHandler} from '../../src/service/index.js';
import {toNodeListener} from '../../src/service/node/listener.js';
import {CAINIAO} from './payloads.js';
import {useStandIn} from './stand-in.js';

/** Sends a raw HTTP/1.1 request line and returns the status line and body of the answer. */
async function rawGet(port: number, target: string) {
  const socket = connect(port, '127.0.0.1');
  // Written without ending the socket: the server closes it after answering (connection: close).
  socket.write(`GET ${target} HTTP/1.1\r\nhost: x\r\nconnection: close\r\n\r\n`);
  let text = '';
  for await (const chunk of socket) text += chunk;
  const [head, body] = text.split('\r\n\r\n');
  return {status: head.split('\r\n')[0], headers: head.toLowerCase(), body};
}

const statusLine = async (port: number, target: string) => (await rawGet(port, target)).status;

describe('Node listener', () => {
  const upstream = useStandIn(() => ({body: CAINIAO.inTransit('LP00698765432109')}));
  let server: Server;
  let port: number;
  before(async () => {
    const handler = createTrackingHandler({provider: cainiao({baseUrl: upstream.url}), log: silentLogger});
    server = createServer(toNodeListener(handler)).listen(0, '127.0.0.1');
    await once(server, 'listening');
    port = (server.address() as AddressInfo).port;
  });
  after(() => server.close());

  it('reads the path of odd request targets the way the Web handler would, and stays up', async () => {
    assert.equal(await statusLine(port, '//'), 'HTTP/1.1 404 Not Found');
    assert.equal(await statusLine(port, '//api/tracking/LP00698765432109'), 'HTTP/1.1 404 Not Found');
    assert.equal(await statusLine(port, 'http://elsewhere.example/api/tracking/LP00698765432109'), 'HTTP/1.1 200 OK');
    assert.equal(await statusLine(port, '*'), 'HTTP/1.1 400 Bad Request');
    assert.equal(await statusLine(port, '/api/tracking/LP00698765432109'), 'HTTP/1.1 200 OK');
  });

  it("refuses a dot segment in the number's place, encoded or not, as the invalid number it is", async () => {
    for (const target of [
      '/api/tracking/%2e%2e',
      '/api/tracking/.%2e',
      '/api/tracking/%2E.',
      '/api/tracking/..',
      '/api/tracking/.',
      '/api/tracking/%2e%2e/admin?x=1',
      '/api/tracking\\%2e%2e',
      'http://elsewhere.example/api/tracking/%2e%2e',
    ]) {
      const {status, headers, body} = await rawGet(port, target);
      assert.equal(status, 'HTTP/1.1 400 Bad Request', target);
      assert.match(headers, /content-type: application\/json; charset=utf-8/);
      assert.equal(JSON.parse(body).error, 'invalid-number', target);
    }
    assert.equal(upstream.requests.length, 0);
    const elsewhere = '/api/x/../tracking/LP00698765432109';
    assert.equal(await statusLine(port, elsewhere), 'HTTP/1.1 200 OK', 'dot segments elsewhere still resolve');
  });

  it('sends answers whole, with their content-length', async () => {
    const response = await fetch(`http://127.0.0.1:${port}/api/tracking/LP00698765432109`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    assert.equal(response.headers.get('content-length'), String(bytes.byteLength));
    assert.equal(response.headers.get('transfer-encoding'), null);
    const head = await fetch(`http://127.0.0.1:${port}/api/tracking/LP00698765432109`, {method: 'HEAD'});
    assert.equal(head.status, 200);
  });

  it('answers 500 when the handler fails, and keeps serving', async () => {
    const failing = Object.assign(async () => new Response(), {answer: () => Promise.reject(new Error('bug'))});
    const broken = createServer(toNodeListener(failing as TrackingHandler)).listen(0, '127.0.0.1');
    await once(broken, 'listening');
    const brokenPort = (broken.address() as AddressInfo).port;
    try {
      assert.equal(await statusLine(brokenPort, '/healthz'), 'HTTP/1.1 500 Internal Server Error');
      assert.equal(await statusLine(brokenPort, '/healthz'), 'HTTP/1.1 500 Internal Server Error');
    } finally {
      broken.close();
    }
  });
});
