// `npm run bench:server`: speed and memory of the tracking service (README "The tracking service").
//
//   npm run bench:server [-- --seconds 2 --rounds 3 --connections 50 --numbers 100000]
//
// Each server runs in a child process on 127.0.0.1; autocannon loads it from this process. The
// floor and cached runs alternate for `rounds` rounds and the median round of each is printed,
// so a busy machine slows both alike:
// - floor:   a plain node:http server answering the same CAINIAO JSON from memory;
// - cached:  order-tracker-server's handler (built dist/lib/service) answering one number from its cache;
// - cold:    the handler asked for a new number on every request, each going to a stand-in CAINIAO
//            upstream in the same child.
// Prints requests/s, p50/p99 latency, the server's CPU time per answer and upstream calls per
// client request for each, and the ratios to the floor (target: cached ≥ 70 % of the floor); on a
// machine busy with other work the CPU ratio is the steadier figure. Then the memory scenario: 100,000
// distinct numbers from 100,000 distinct clients straight through the handler (upstream
// answered in memory), heap after a GC before and after. The rate limit is off for the load
// scenarios (one client) and on for the memory one; the service logs nothing (silentLogger).
import {fork} from 'node:child_process';
import {once} from 'node:events';
import {createServer} from 'node:http';
import {availableParallelism, loadavg} from 'node:os';
import {fileURLToPath} from 'node:url';
import autocannon from 'autocannon';

const option = (name, fallback) => {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? Number(process.argv[index + 1]) : fallback;
};
const SECONDS = option('seconds', 2);
const ROUNDS = option('rounds', 3);
const CONNECTIONS = option('connections', 50);
const DISTINCT_NUMBERS = option('numbers', 100_000);
const NUMBER = 'LP00698765432109';
const TARGET_RATIO = 0.7;

/** A CAINIAO answer in transit, about 2 KB, for any number. */
const cainiaoAnswer = (number) =>
  JSON.stringify({
    success: true,
    module: [
      {
        mailNo: number,
        originCountry: 'China',
        destCountry: 'United States',
        detailList: Array.from({length: 8}, (_, index) => ({
          time: Date.UTC(2026, 10, 10 - index, 9),
          timeStr: `2026-11-${String(10 - index).padStart(2, '0')} 09:00:00`,
          timeZone: 'GMT+8',
          desc: `Processing at sorting center number ${index}`,
          standerdDesc: 'Processing at sorting center',
          actionCode: 'SC_INBOUND_SUCCESS',
        })),
      },
    ],
  });

const listen = async (server) => {
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return server.address().port;
};

/** Child: answers the parent's questions, `cpu` (this process's CPU time so far) and those given. */
function answerParent(questions = {}) {
  const all = {cpu: () => ({cpu: process.cpuUsage()}), ...questions};
  process.on('message', async (question) => process.send(await all[question]()));
}

/** Child: the plain server of the floor. */
async function serveFloor() {
  const body = Buffer.from(cainiaoAnswer(NUMBER));
  const port = await listen(
    createServer((_request, response) => {
      response.setHeader('content-type', 'application/json; charset=utf-8');
      response.end(body); // Node adds its content-length
    }),
  );
  answerParent();
  process.send({port});
}

/** Child: the tracking service with a stand-in CAINIAO upstream; answers `stats` and `memory` messages. */
async function serveService() {
  const {cainiao, createTrackingHandler, memoryStore, silentLogger} = await import('../dist/lib/service/index.js');
  const {toNodeListener} = await import('../dist/lib/service/node/listener.js');
  let upstreamCalls = 0;
  const upstreamPort = await listen(
    createServer((request, response) => {
      upstreamCalls += 1;
      const number = new URL(request.url, 'http://upstream').searchParams.get('mailNos');
      response.writeHead(200, {'content-type': 'application/json'});
      response.end(cainiaoAnswer(number));
    }),
  );
  const handler = createTrackingHandler({
    provider: cainiao({baseUrl: `http://127.0.0.1:${upstreamPort}`}),
    rateLimit: false,
    log: silentLogger,
  });
  const port = await listen(createServer(toNodeListener(handler)));

  /** 100,000 distinct numbers and clients through a fresh handler (as the Node listener calls it), in batches; heap before and after. */
  async function memory() {
    const store = memoryStore();
    const inMemoryUpstream = async (url) => new Response(cainiaoAnswer(new URL(url).searchParams.get('mailNos')));
    const bounded = createTrackingHandler({provider: cainiao(), store, fetch: inMemoryUpstream, log: silentLogger});
    const heap = () => (globalThis.gc(), process.memoryUsage().heapUsed);
    const before = heap();
    const started = performance.now();
    for (let batch = 0; batch < DISTINCT_NUMBERS; batch += 1000) {
      await Promise.all(
        Array.from({length: 1000}, (_, index) => {
          const n = batch + index;
          return bounded.answer({
            method: 'GET',
            path: `/api/tracking/BENCH${String(n).padStart(10, '0')}`,
            header: () => null,
            clientAddress: `10.${n >> 16}.${(n >> 8) & 255}.${n & 255}`,
          });
        }),
      );
    }
    return {
      before,
      after: heap(),
      seconds: (performance.now() - started) / 1000,
      entries: store.size,
      bytes: store.bytes,
    };
  }

  answerParent({stats: () => ({upstreamCalls}), memory: async () => ({memory: await memory()})});
  process.send({port});
}

/** Parent: starts a child server and waits for its port. */
async function startChild(mode) {
  // The child reads the same options (--numbers) as this process.
  const child = fork(fileURLToPath(import.meta.url), [...process.argv.slice(2), '--serve', mode], {
    execArgv: ['--expose-gc'],
  });
  const [{port}] = await once(child, 'message');
  const ask = async (question) => {
    child.send(question);
    const [answer] = await once(child, 'message');
    return answer;
  };
  return {url: `http://127.0.0.1:${port}`, ask, stop: () => child.kill()};
}

/** The server's CPU time so far, in µs (user and system). */
const cpuOf = async (server) => {
  const {cpu} = await server.ask('cpu');
  return cpu.user + cpu.system;
};

/**
 * One autocannon run against a child server; `path` may be a function giving each request its
 * own path. Also measures the server's CPU time per answer, which a busy machine disturbs far less
 * than throughput.
 */
async function load(server, path) {
  const {url} = server;
  const cpuBefore = await cpuOf(server);
  const requests = typeof path === 'function' ? [{setupRequest: (request) => ({...request, path: path()})}] : undefined;
  const result = await autocannon({
    url: typeof path === 'string' ? url + path : url,
    connections: CONNECTIONS,
    duration: SECONDS,
    requests,
  });
  if (result.non2xx || result.errors) throw new Error(`${result.non2xx} non-2xx answers, ${result.errors} errors`);
  const cpuMicros = (await cpuOf(server)) - cpuBefore;
  return {
    cpuPerRequest: cpuMicros / result.requests.total,
    perSecond: result.requests.average,
    total: result.requests.total,
    p50: result.latency.p50,
    p99: result.latency.p99,
  };
}

/** The median of some numbers. */
const medianOf = (values) => values.toSorted((a, b) => a - b)[Math.floor(values.length / 2)];

/** The run of median throughput, with the median CPU time per answer of all runs. */
const median = (runs) => ({
  ...runs.find((run) => run.perSecond === medianOf(runs.map((each) => each.perSecond))),
  cpuPerRequest: medianOf(runs.map((run) => run.cpuPerRequest)),
});

async function main() {
  const [floorServer, service] = await Promise.all([startChild('floor'), startChild('service')]);
  await fetch(`${service.url}/api/tracking/${NUMBER}`).then((response) => response.text());
  const callsBefore = (await service.ask('stats')).upstreamCalls;
  const floorRuns = [];
  const cachedRuns = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    floorRuns.push(await load(floorServer, `/api/tracking/${NUMBER}`));
    cachedRuns.push(await load(service, `/api/tracking/${NUMBER}`));
  }
  floorServer.stop();
  const floor = median(floorRuns);
  const cached = median(cachedRuns);
  const callsAfterCached = (await service.ask('stats')).upstreamCalls;
  let next = 0;
  const cold = await load(service, () => `/api/tracking/COLD${String((next += 1)).padStart(10, '0')}`);
  const callsAfterCold = (await service.ask('stats')).upstreamCalls;
  cached.upstreamPerRequest = (callsAfterCached - callsBefore) / cachedRuns.reduce((sum, run) => sum + run.total, 0);
  cold.upstreamPerRequest = (callsAfterCold - callsAfterCached) / cold.total;
  const {memory} = await service.ask('memory');
  service.stop();

  const row = (name, run) =>
    `${name.padEnd(8)} ${String(Math.round(run.perSecond)).padStart(8)} req/s   p50 ${String(run.p50).padStart(3)} ms   p99 ${String(run.p99).padStart(3)} ms   ` +
    `CPU ${run.cpuPerRequest.toFixed(1).padStart(6)} µs/answer   ` +
    `${run.upstreamPerRequest === undefined ? '' : `upstream calls/request ${run.upstreamPerRequest.toFixed(3)}   `}` +
    `${(run.perSecond / floor.perSecond).toFixed(2)}× floor`;
  const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  console.log(
    `${CONNECTIONS} connections, ${SECONDS} s a run, floor and cached: median of ${ROUNDS} alternating runs, Node ${process.version}, ` +
      `load average ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores`,
  );
  console.log(row('floor', floor));
  console.log(row('cached', cached));
  console.log(row('cold', cold));
  console.log(
    `memory   ${DISTINCT_NUMBERS.toLocaleString('en')} distinct numbers in ${memory.seconds.toFixed(1)} s: heap ${mb(memory.before)} → ${mb(memory.after)}; ` +
      `cache ${memory.entries} entries, ${mb(memory.bytes)} of bodies`,
  );
  const ratio = cached.perSecond / floor.perSecond;
  const cpuRatio = floor.cpuPerRequest / cached.cpuPerRequest;
  console.log(
    `cached throughput ${(ratio * 100).toFixed(0)} % of the floor; by server CPU per answer ${(cpuRatio * 100).toFixed(0)} % ` +
      `(target ≥ ${TARGET_RATIO * 100} %)`,
  );
}

const mode = process.argv.includes('--serve') ? process.argv[process.argv.indexOf('--serve') + 1] : undefined;
if (mode === 'floor') await serveFloor();
else if (mode === 'service') await serveService();
else await main();
