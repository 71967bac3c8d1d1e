// A stand-in upstream on 127.0.0.1: records every request it gets and answers as the test says.
import {createServer, type IncomingHttpHeaders, type ServerResponse} from 'node:http';
import {after, before, beforeEach} from 'node:test';
import type {AddressInfo} from 'node:net';

export interface SeenRequest {
  method: string;
  url: URL;
  headers: IncomingHttpHeaders;
  body: string;
}

/** An answer: status, headers and a body (objects are sent as JSON), or full control of the response. */
export type StandInReply =
  {status?: number; headers?: Record<string, string>; body?: unknown} | ((response: ServerResponse) => void);

export interface StandIn {
  /** `http://127.0.0.1:<port>` */
  url: string;
  requests: SeenRequest[];
  close(): Promise<void>;
}

export async function startStandIn(
  answer: (request: SeenRequest) => StandInReply | Promise<StandInReply>,
): Promise<StandIn> {
  const requests: SeenRequest[] = [];
  const server = createServer(async (incoming, response) => {
    let body = '';
    for await (const chunk of incoming) body += chunk;
    const seen = {
      method: incoming.method ?? '',
      url: new URL(incoming.url ?? '/', 'http://stand-in'),
      headers: incoming.headers,
      body,
    };
    requests.push(seen);
    const reply = await answer(seen);
    if (typeof reply === 'function') return reply(response);
    const text = typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body ?? {});
    response.writeHead(reply.status ?? 200, {'content-type': 'application/json', ...reply.headers});
    response.end(text);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A reply that never comes (the connection stays open until the stand-in closes). */
export const hang: StandInReply = () => {};

/** A body streamed in 64 KB chunks until the client hangs up; `written()` tells how much went out. */
export function endlessBody() {
  let written = 0;
  const reply: StandInReply = (response) => {
    response.writeHead(200, {'content-type': 'application/json'});
    const chunk = `[${'"x",'.repeat(16_000)}`;
    const push = () => {
      while (!response.destroyed && response.write(chunk)) written += chunk.length;
      if (!response.destroyed) response.once('drain', push);
    };
    push();
  };
  return {reply, written: () => written};
}

/** What a test sets to answer the stand-in's requests, and what it got. */
export interface StandInHandle {
  url: string;
  requests: SeenRequest[];
  answer: (request: SeenRequest) => StandInReply | Promise<StandInReply>;
}

/** A stand-in for the enclosing `describe`: started before its tests, its requests emptied before each, closed after. */
export function useStandIn(answer: StandInHandle['answer'] = () => ({status: 500})): StandInHandle {
  const handle: StandInHandle = {url: '', requests: [], answer};
  let standIn: StandIn | undefined;
  before(async () => {
    standIn = await startStandIn((request) => handle.answer(request));
    handle.url = standIn.url;
    handle.requests = standIn.requests;
  });
  beforeEach(() => {
    handle.requests.length = 0;
  });
  after(() => standIn?.close());
  return handle;
}
