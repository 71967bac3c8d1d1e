// `npm run bench` (after `npm run build`): speed of dist/order-tracker.js (README "Performance").
//
//   npm run bench [-- --rounds 40 --warmup 10 --events 500 --cold-rounds 12 --slow-rounds 8]
//   npm run bench -- --only first-view,blocking,slow-4g,log   (a subset)
//   npm run bench -- --against <other checkout>/dist   (blocking time of both builds, round by round)
//
// Headless Chromium (CHROME_PATH or /usr/bin/chromium) driven through playwright-core, the
// throttling through the DevTools protocol. Every figure compares two sides measured in
// alternating rounds of the same run, so the machine's load hits both alike:
//
// log (one page, 1024 px wide, no throttling; GC before each side):
// - 500 events: a new <order-tracker> given a 500-event native tracking as `data`, from creation
//   until its log is in the shadow DOM (load event + updateComplete), then until a forced layout;
//   against hand-written DOM code building the same markup with the same stylesheets.
// - one-event refresh: a shown 1,000-event element given the same tracking plus one newer event,
//   until laid out; against the hand-written page reading the same 1,001 events (times parsed,
//   sorted), building the one new <li>, putting it on top and dropping the oldest (the element
//   keeps the newest 1,000).
// - "Show all": a shown 1,000-event element with a shortened log, the "Show all" button
//   clicked, until laid out; against building the hidden <li> by hand and appending them.
// first-view (a fresh page per side and round, 390 px wide, 4× CPU slowdown): the entry script
//   loaded, then from creating the element with a 20-event `data` (the view chunk fetched over
//   loopback and evaluated inside the timing) to the laid-out tracking; against the hand-written
//   card of the same 20 events built cold on its own fresh page (its stylesheets parsed and its
//   date formatter made inside the timing too).
// blocking (a fresh page per round, 4× CPU): a page with <order-tracker src> and the script tag;
//   the long tasks (over 50 ms) from the script's arrival to the first frame after the load
//   event: their total and the blocking time (the part of each beyond 50 ms). With --against,
//   each round measures the other build's page too, in alternating order, and prints the median
//   of the per-round ratios: absolute times here move with the machine's load, a ratio much less.
// slow-4g (a fresh page per round, DevTools' "Slow 4G": 562.5 ms round trip, 1.44 Mbit/s down,
//   675 kbit/s up, plus 4× CPU; files served gzip-compressed): navigation start to the first
//   frame after the load event, the page with and without
//   <link rel="preload" as="fetch" crossorigin> for the tracking JSON; and how many requests for
//   the JSON each page made (1 when the preload is reused).
// Prints medians (and quartiles) and the median of the per-round ratios. It prints figures; it
// is not a test and has no time limit.
import {createServer} from 'node:http';
import {existsSync, readFileSync} from 'node:fs';
import {dirname, extname, join, normalize, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {gzipSync} from 'node:zlib';
import {chromium} from 'playwright-core';
import {benchLib} from './bench-lib.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// --dist DIR measures another build (another checkout's dist/, say) with the same bench.
const dist = resolve(
  process.argv.includes('--dist') ? process.argv[process.argv.indexOf('--dist') + 1] : join(root, 'dist'),
);
const option = (name, fallback) => {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? process.argv[index + 1] : fallback;
};
const ROUNDS = Number(option('rounds', 40));
const WARMUP = Number(option('warmup', 10));
const EVENTS = Number(option('events', 500));
const COLD_ROUNDS = Number(option('cold-rounds', 12));
const SLOW_ROUNDS = Number(option('slow-rounds', 8));
const ONLY = new Set(option('only', 'log,first-view,blocking,slow-4g').split(','));
const against = option('against') && resolve(option('against'));
if (against && !existsSync(join(against, 'order-tracker.js'))) {
  console.error(`No order-tracker.js in ${against}.`);
  process.exit(1);
}
const FIRST_VIEW_EVENTS = 20;
const LONG_LOG = 1000;
const CPU_SLOWDOWN = 4;
// DevTools' "Slow 4G" preset (its latency and throughput factors included).
const SLOW_4G = {offline: false, latency: 562.5, downloadThroughput: 180_000, uploadThroughput: 84_375};
const NUMBER = 'LP00612345678901';

if (!existsSync(join(dist, 'order-tracker.js'))) {
  console.error('No dist/order-tracker.js: run `npm run build` first.');
  process.exit(1);
}

const LIB = `window.benchLib = (${benchLib.toString()})();`;
const page = (head, body) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width"><title>bench</title>${head}</head>
<body style="margin:0">${body}</body></html>`;
/** Notes when the first frame after the tracking is shown has been produced (`window.painted`). */
const WATCH = `<script>
window.longTasks = [];
new PerformanceObserver((list) => window.longTasks.push(...list.getEntries().map((e) => [e.startTime, e.duration])))
  .observe({type: 'longtask', buffered: true});
document.addEventListener('order-tracker-load', () =>
  requestAnimationFrame(() => setTimeout(() => (window.painted = performance.now()))), {once: true});
</script>`;
const trackerTag = (round) =>
  `<order-tracker tracking-number="${NUMBER}" src="/api/tracking/{trackingNumber}?r=${round}"></order-tracker>`;
const scriptTag = (round, base = '') => `<script type="module" src="${base}/order-tracker.js?r=${round}"></script>`;
const preloadTag = (round) => `<link rel="preload" href="/api/tracking/${NUMBER}?r=${round}" as="fetch" crossorigin>`;

const PAGES = {
  '/': () => page('', `<div id="stage" style="width:1024px"></div>${scriptTag('log')}`),
  '/first-view': (round) => page('', `<div id="stage"></div>${scriptTag(round)}`),
  '/baseline': () => page(`<script>${LIB}</script>`, '<div id="stage"></div>'),
  '/page': (round, query) =>
    page(
      `${WATCH}${query.has('preload') ? preloadTag(round) : ''}`,
      `${trackerTag(round)}${scriptTag(round, query.has('against') ? '/against' : '')}`,
    ),
};

// Serves dist/, the pages and a tracking API, on the loopback address only; counts the API's requests.
const apiRequests = new Map();
const compressed = new Map();
const trackingJson = JSON.stringify(new Function(`return (${benchLib.toString()})();`)().tracking(FIRST_VIEW_EVENTS));
const server = createServer((request, response) => {
  const url = new URL(request.url, 'http://localhost');
  const round = url.searchParams.get('r') ?? '';
  /** Sends gzip-compressed when asked to; `file` names a dist/ file whose compressed copy is kept. */
  const send = (type, body, file) => {
    const headers = {'content-type': type, 'cache-control': 'no-store'};
    if (/\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
      const zipped = compressed.get(file) ?? gzipSync(body, {level: 9});
      if (file) compressed.set(file, zipped);
      body = zipped;
      headers['content-encoding'] = 'gzip';
    }
    response.writeHead(200, headers).end(body);
  };
  if (PAGES[url.pathname]) return send('text/html', Buffer.from(PAGES[url.pathname](round, url.searchParams)));
  if (url.pathname.startsWith('/api/tracking/')) {
    apiRequests.set(round, [...(apiRequests.get(round) ?? []), request.headers]);
    return send('application/json', Buffer.from(trackingJson));
  }
  // The --against build's files sit under /against/; its chunks load from beside its script.
  const [root, path] =
    against && url.pathname.startsWith('/against/')
      ? [against, url.pathname.slice('/against'.length)]
      : [dist, url.pathname];
  const file = normalize(join(root, path));
  if (!file.startsWith(root) || !existsSync(file)) return response.writeHead(404).end();
  send(extname(file) === '.js' ? 'text/javascript' : 'application/octet-stream', readFileSync(file), file);
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: false, // --headless=new below
  args: [
    '--no-sandbox',
    '--headless=new',
    '--disable-gpu',
    '--disable-background-networking',
    '--js-flags=--expose-gc',
  ],
});

const q = (values, p) => {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * p;
  return sorted[Math.floor(at)] + (sorted[Math.ceil(at)] - sorted[Math.floor(at)]) * (at - Math.floor(at));
};
const ms = (value) => `${value.toFixed(2)} ms`.padStart(11);
const row = (label, values) =>
  console.log(
    `${label.padEnd(52)} median ${ms(q(values, 0.5))}   q1 ${ms(q(values, 0.25))}   q3 ${ms(q(values, 0.75))}`,
  );
const ratio = (label, values, target) => {
  const median = q(values, 0.5);
  const verdict = target ? ` (target ≤ ${target}×: ${median <= target ? 'met' : 'not met'})` : '';
  console.log(`${`median ratio, ${label}:`.padEnd(52)} ${median.toFixed(2)}×${verdict}`);
  summary.push([label, `${median.toFixed(2)}×`, target ? `≤ ${target}×` : '', target ? median <= target : undefined]);
};
const summary = [];
let cssTexts; // the element's adopted stylesheets as text, read in the log bench (or first view)

/** A fresh page (its own context: nothing cached) at 4× CPU slowdown, optionally on Slow 4G. */
async function freshPage({width = 390, network} = {}) {
  const context = await browser.newContext({viewport: {width, height: 800}});
  const tab = await context.newPage();
  tab.on('pageerror', (error) => console.error('page error:', error.message));
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Emulation.setCPUThrottlingRate', {rate: CPU_SLOWDOWN});
  if (network) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', network);
  }
  return {tab, close: () => context.close()};
}

try {
  console.log(`Chromium ${browser.version()}; each pair of sides alternates which runs first`);
  if (ONLY.has('log')) await logBench();
  if (ONLY.has('first-view')) await firstViewBench();
  if (ONLY.has('blocking')) await blockingBench();
  if (ONLY.has('slow-4g')) await slowBench();
  console.log('\nsummary');
  for (const [label, value, target, met] of summary)
    console.log(
      `  ${label.padEnd(50)} ${value.padStart(10)}  ${target.padEnd(9)} ${met === undefined ? '' : met ? 'met' : 'NOT MET'}`,
    );
} finally {
  await browser.close();
  server.close();
}

async function logBench() {
  const tab = await browser.newPage({viewport: {width: 1024, height: 800}});
  tab.on('pageerror', (error) => console.error('page error:', error.message));
  await tab.goto(`${origin}/`);
  await tab.addScriptTag({content: LIB});
  await tab.waitForFunction(() => customElements.get('order-tracker'));
  const r = await tab.evaluate(logInPage, {rounds: ROUNDS, warmup: WARMUP, events: EVENTS, long: LONG_LOG});
  cssTexts = r.cssTexts;
  await tab.close();
  console.log(`\n${EVENTS} events, one page, ${WARMUP} warm-up + ${ROUNDS} measured rounds`);
  console.log(
    `markup check: element log ${r.check.elementEvents} <li>, baseline ${r.check.baselineEvents} <li>; same newest event (text, whitespace aside): ${r.check.sameFirst}`,
  );
  row('element: data → log in the DOM', r.element.dom);
  row('baseline: data → log in the DOM', r.baseline.dom);
  row('element: … + forced layout', r.element.layout);
  row('baseline: … + forced layout', r.baseline.layout);
  ratio(`${EVENTS} events, DOM only`, r.ratios.dom, 1.5);
  ratio(`${EVENTS} events, with layout`, r.ratios.layout, 1.5);
  console.log(`\none-event refresh of a shown ${LONG_LOG}-event log (data set again), until laid out`);
  row('element', r.refresh.element);
  row('baseline: read 1,001 events, build and insert one <li>', r.refresh.baseline);
  ratio('one-event refresh', r.refresh.ratios, 1.5);
  if (r.showAll.limit) {
    console.log(`\n"Show all" of ${LONG_LOG} events (${r.showAll.limit} shown before), until laid out`);
    row('element: click → all shown', r.showAll.element);
    row(`baseline: build and append ${LONG_LOG - r.showAll.limit} <li>`, r.showAll.baseline);
    ratio('"Show all" of 1,000 events', r.showAll.ratios, 1.5);
  } else {
    console.log(`\n"Show all": this build shows every event at once (no shortened log), not measured`);
  }
}

/** Runs in the page. */
async function logInPage({rounds, warmup, events: count, long}) {
  const {tracking, rowsOf, eventItem, buildBaseline, cssOf} = window.benchLib;
  const stage = document.getElementById('stage');
  const gc = globalThis.gc ?? (() => {});
  const settle = () => new Promise((done) => setTimeout(done, 0));
  const layout = (root) => root.firstElementChild.getBoundingClientRect();
  const shown = (element) =>
    new Promise((done) =>
      element.addEventListener('order-tracker-load', () => element.updateComplete.then(done), {once: true}),
    );
  let sheets;
  /** A new element showing `data`; every event at once unless `shortened` (history-limit as set by default). */
  async function renderElement(data, shortened = false) {
    const t0 = performance.now();
    const element = document.createElement('order-tracker');
    element.format = 'native';
    if (!shortened) element.setAttribute('history-limit', '0');
    element.data = data;
    const ready = shown(element);
    stage.append(element);
    await ready;
    const t1 = performance.now();
    sheets ??= [...element.shadowRoot.adoptedStyleSheets];
    layout(element.shadowRoot);
    return {element, dom: t1 - t0, layout: performance.now() - t0};
  }
  function renderBaseline(data, shownEvents) {
    const t0 = performance.now();
    const built = buildBaseline(data, sheets, stage, shownEvents);
    const t1 = performance.now();
    layout(built.root);
    return {...built, element: built.host, dom: t1 - t0, layout: performance.now() - t0};
  }
  /** Runs the two sides in the order of the round, each after a GC; returns their results. */
  async function pair(round, a, b) {
    const order = round % 2 ? [b, a] : [a, b];
    const results = new Map();
    for (const run of order) {
      gc();
      await settle();
      results.set(run, await run());
    }
    return [results.get(a), results.get(b)];
  }

  // ---- 500 events ---------------------------------------------------------------------
  const data = tracking(count);
  const element = {dom: [], layout: []};
  const baseline = {dom: [], layout: []};
  const ratios = {dom: [], layout: []};
  let check;
  for (let round = 0; round < warmup + rounds; round++) {
    const [a, b] = await pair(
      round,
      () => renderElement(data),
      async () => renderBaseline(data),
    );
    if (!check) {
      const first = (node) => node.shadowRoot.querySelector('[part=event]').textContent.replace(/\s+/g, '');
      check = {
        elementEvents: a.element.shadowRoot.querySelectorAll('[part=event]').length,
        baselineEvents: b.root.querySelectorAll('[part=event]').length,
        sameFirst: first(a.element) === first(b.host) ? 'yes' : `no ("${first(a.element)}" / "${first(b.host)}")`,
      };
    }
    a.element.remove();
    b.host.remove();
    if (round < warmup) continue;
    element.dom.push(a.dom);
    element.layout.push(a.layout);
    baseline.dom.push(b.dom);
    baseline.layout.push(b.layout);
    ratios.dom.push(a.dom / b.dom);
    ratios.layout.push(a.layout / b.layout);
  }

  // ---- one more event on a shown 1,000-event log --------------------------------------
  const longData = tracking(long, long / 2);
  const longPlusOne = tracking(long + 1, long / 2);
  const refresh = {element: [], baseline: [], ratios: []};
  const refreshRounds = Math.max(10, Math.floor(rounds / 2));
  for (let round = 0; round < refreshRounds + 2; round++) {
    const {element: tracker} = await renderElement(longData);
    const page = renderBaseline(longData);
    const [a, b] = await pair(
      round,
      async () => {
        const t0 = performance.now();
        const ready = shown(tracker);
        tracker.data = longPlusOne;
        await ready;
        layout(tracker.shadowRoot);
        return performance.now() - t0;
      },
      async () => {
        const t0 = performance.now();
        const {rows, zones} = rowsOf(longPlusOne);
        const newest = Date.parse(page.log.firstElementChild.querySelector('time').dateTime);
        const added = rows.filter((r) => r.epoch > newest).map((r) => eventItem(r, zones));
        page.log.prepend(...added);
        // The element keeps the newest 1,000 events (README "Reliability and security").
        for (let n = page.log.children.length - long; n > 0; n--) page.log.lastElementChild.remove();
        layout(page.root);
        return performance.now() - t0;
      },
    );
    const newest = tracker.shadowRoot.querySelector('[part=event] .event-description').textContent;
    if (!newest.endsWith(`#${long + 1}`)) throw new Error(`the refresh shows "${newest}" on top`);
    tracker.remove();
    page.host.remove();
    if (round < 2) continue;
    refresh.element.push(a);
    refresh.baseline.push(b);
    refresh.ratios.push(a / b);
  }

  // ---- "Show all" of 1,000 events -------------------------------------------------------
  const showAll = {element: [], baseline: [], ratios: [], limit: 0};
  const probe = (await renderElement(longData, true)).element;
  const limit = probe.historyLimit;
  const hasToggle = !!probe.shadowRoot.querySelector('[part=history-toggle]');
  probe.remove();
  if (hasToggle && limit > 0) {
    showAll.limit = limit;
    for (let round = 0; round < refreshRounds + 2; round++) {
      const {element: tracker} = await renderElement(longData, true);
      const page = renderBaseline(longData, limit);
      const [a, b] = await pair(
        round,
        async () => {
          const t0 = performance.now();
          tracker.shadowRoot.querySelector('[part=history-toggle]').click();
          await tracker.updateComplete;
          layout(tracker.shadowRoot);
          return performance.now() - t0;
        },
        async () => {
          const t0 = performance.now();
          page.log.append(...page.rows.slice(limit).map((r) => eventItem(r, page.zones)));
          layout(page.root);
          return performance.now() - t0;
        },
      );
      const visible = [...tracker.shadowRoot.querySelectorAll('[part=event]')].filter((li) => !li.hidden).length;
      if (visible !== long) throw new Error(`"Show all" shows ${visible} events`);
      tracker.remove();
      page.host.remove();
      if (round < 2) continue;
      showAll.element.push(a);
      showAll.baseline.push(b);
      showAll.ratios.push(a / b);
    }
  }

  return {
    element,
    baseline,
    ratios,
    check,
    refresh,
    showAll,
    cssTexts: cssOf({shadowRoot: {adoptedStyleSheets: sheets}}),
  };
}

async function firstViewBench() {
  if (!cssTexts) {
    const tab = await browser.newPage();
    await tab.goto(`${origin}/first-view?r=css`);
    await tab.addScriptTag({content: LIB});
    cssTexts = await tab.evaluate(async () => {
      const element = document.createElement('order-tracker');
      element.data = window.benchLib.tracking(20);
      document.body.append(element);
      await new Promise((done) => element.addEventListener('order-tracker-load', done, {once: true}));
      await element.updateComplete;
      return window.benchLib.cssOf(element);
    });
    await tab.close();
  }
  const element = [];
  const baseline = [];
  const ratios = [];
  let chunkInside = true;
  for (let round = 0; round < COLD_ROUNDS + 1; round++) {
    const sides = [
      async () => {
        const {tab, close} = await freshPage();
        await tab.goto(`${origin}/first-view?r=fv${round}`);
        await tab.waitForFunction(() => customElements.get('order-tracker'));
        await tab.addScriptTag({content: LIB});
        const result = await tab.evaluate(async (count) => {
          const data = window.benchLib.tracking(count);
          globalThis.gc?.();
          await new Promise((done) => setTimeout(done, 50));
          const t0 = performance.now();
          const tracker = document.createElement('order-tracker');
          tracker.data = data;
          const ready = new Promise((done) =>
            tracker.addEventListener('order-tracker-load', () => tracker.updateComplete.then(done), {once: true}),
          );
          document.getElementById('stage').append(tracker);
          await ready;
          tracker.shadowRoot.firstElementChild.getBoundingClientRect();
          const time = performance.now() - t0;
          const chunk = performance.getEntriesByType('resource').find((e) => e.name.includes('tracking-view'));
          return {time, chunkInside: !!chunk && chunk.startTime >= t0};
        }, FIRST_VIEW_EVENTS);
        await close();
        chunkInside &&= result.chunkInside;
        return result.time;
      },
      async () => {
        const {tab, close} = await freshPage();
        await tab.goto(`${origin}/baseline`);
        const time = await tab.evaluate(
          async ({count, css}) => {
            const data = window.benchLib.tracking(count);
            globalThis.gc?.();
            await new Promise((done) => setTimeout(done, 50));
            const t0 = performance.now();
            const {buildBaseline, sheetsFrom} = window.benchLib;
            const {root} = buildBaseline(data, sheetsFrom(css), document.getElementById('stage'));
            root.firstElementChild.getBoundingClientRect();
            return performance.now() - t0;
          },
          {count: FIRST_VIEW_EVENTS, css: cssTexts},
        );
        await close();
        return time;
      },
    ];
    const times = [];
    for (const index of round % 2 ? [1, 0] : [0, 1]) times[index] = await sides[index]();
    if (round === 0) continue; // warm-up: the browser's own first page
    element.push(times[0]);
    baseline.push(times[1]);
    ratios.push(times[0] / times[1]);
  }
  console.log(
    `\nfirst view of ${FIRST_VIEW_EVENTS} events, a fresh page per side, ${CPU_SLOWDOWN}× CPU slowdown, ${COLD_ROUNDS} rounds`,
  );
  console.log(`view chunk fetched inside the element's timing every round: ${chunkInside ? 'yes' : 'NO'}`);
  row('element: data → laid-out tracking (chunk included)', element);
  row('baseline: cold hand-written card, laid out', baseline);
  ratio('first view (cold) element / baseline', ratios, 2.0);
}

/** Blocking time and long tasks of one fresh page, from the script's arrival to the painted view. */
async function blockingOf(round, other = false) {
  const {tab, close} = await freshPage();
  await tab.goto(`${origin}/page?r=bt${round}${other ? 'a&against' : ''}`);
  await tab.waitForFunction(() => window.painted);
  const result = await tab.evaluate(() => {
    const script = performance.getEntriesByType('resource').find((e) => /\/order-tracker\.js/.test(e.name));
    const from = script.responseEnd;
    let total = 0;
    let excess = 0;
    for (const [startTime, duration] of window.longTasks) {
      const end = Math.min(startTime + duration, window.painted);
      const start = Math.max(startTime, from);
      if (end <= start) continue;
      total += end - start;
      excess += Math.max(0, end - start - 50);
    }
    return {total, excess};
  });
  await close();
  return result;
}

async function blockingBench() {
  const blocking = [];
  const busy = [];
  const other = {blocking: [], busy: [], ratios: []};
  for (let round = 0; round < COLD_ROUNDS + 1; round++) {
    const sides = against ? (round % 2 ? [true, false] : [false, true]) : [false];
    const results = {};
    for (const side of sides) results[side] = await blockingOf(round, side);
    if (round === 0) continue;
    blocking.push(results[false].excess);
    busy.push(results[false].total);
    if (!against) continue;
    other.blocking.push(results[true].excess);
    other.busy.push(results[true].total);
    other.ratios.push(results[false].excess / results[true].excess);
  }
  console.log(
    `\nmain thread from the script's arrival to the painted view (${FIRST_VIEW_EVENTS} events fetched from src), ${CPU_SLOWDOWN}× CPU, ${COLD_ROUNDS} fresh pages`,
  );
  row('long tasks (> 50 ms), in all', busy);
  row('blocking time (each long task beyond 50 ms)', blocking);
  const median = q(blocking, 0.5);
  summary.push(['blocking time at 4× CPU', `${median.toFixed(0)} ms`, '≤ 200 ms', median <= 200]);
  summary.push(['long tasks at 4× CPU, in all', `${q(busy, 0.5).toFixed(0)} ms`, '', undefined]);
  if (!against) return;
  row('--against build: long tasks, in all', other.busy);
  row('--against build: blocking time', other.blocking);
  ratio('blocking time, this build / --against build', other.ratios);
}

async function slowBench() {
  const times = {plain: [], preload: []};
  const ratios = [];
  const requests = {plain: new Set(), preload: new Set()};
  const accept = new Set();
  for (let round = 0; round < SLOW_ROUNDS + 1; round++) {
    const result = {};
    for (const kind of round % 2 ? ['preload', 'plain'] : ['plain', 'preload']) {
      const {tab, close} = await freshPage({network: SLOW_4G});
      const id = `s${round}${kind}`;
      await tab.goto(`${origin}/page?r=${id}${kind === 'preload' ? '&preload' : ''}`);
      await tab.waitForFunction(() => window.painted, null, {timeout: 60_000});
      result[kind] = await tab.evaluate(() => window.painted);
      await close();
      const made = apiRequests.get(id) ?? [];
      requests[kind].add(made.length);
      for (const headers of made) accept.add(`${kind}: accept "${headers.accept}"`);
    }
    if (round === 0) continue;
    times.plain.push(result.plain);
    times.preload.push(result.preload);
    ratios.push(result.preload / result.plain);
  }
  console.log(`\nSlow 4G + ${CPU_SLOWDOWN}× CPU, navigation → first frame with the tracking, ${SLOW_ROUNDS} rounds`);
  console.log(
    `requests for the JSON per page: without preload ${[...requests.plain].join('/')}, with preload ${[...requests.preload].join('/')} (1 = the preload was reused)`,
  );
  console.log(`headers seen: ${[...accept].join('; ')}`);
  row('without preload', times.plain);
  row('with <link rel="preload" as="fetch" crossorigin>', times.preload);
  ratio('Slow 4G, with / without preload', ratios);
}
