// `npm run bench` (after `npm run build`): render speed of dist/order-tracker.js (README "Performance").
//
//   npm run bench [-- --rounds 40 --warmup 10 --events 500]
//
// In one headless Chromium page (CHROME_PATH or /usr/bin/chromium), alternately:
// - element:  a new <order-tracker> given a 500-event native tracking as `data`, timed from
//             creation until its log is in the shadow DOM (load event + updateComplete), then
//             until a forced layout;
// - baseline: hand-written DOM code building the same markup in a shadow root with the same
//             stylesheets: frame, card, overview, numbers, steps A–H, route, carrier, 500 <li> with <time>,
//             description and place, CAINIAO block, dates through one cached Intl.DateTimeFormat.
// Rounds alternate after a warm-up, with a GC before each (Chromium started with --expose-gc).
// Also timed: an update that gives a shown 500-event element the same tracking plus one event.
// Prints medians (and quartiles) and the median of the per-round ratios. It prints figures; it
// is not a test and has no time limit.
import {createServer} from 'node:http';
import {existsSync, readFileSync} from 'node:fs';
import {dirname, extname, join, normalize, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {chromium} from 'playwright-core';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const option = (name, fallback) => {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? Number(process.argv[index + 1]) : fallback;
};
const ROUNDS = option('rounds', 40);
const WARMUP = option('warmup', 10);
const EVENTS = option('events', 500);

if (!existsSync(join(dist, 'order-tracker.js'))) {
  console.error('No dist/order-tracker.js: run `npm run build` first.');
  process.exit(1);
}

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title></head>
<body style="margin:0;width:1024px"><div id="stage"></div><script type="module" src="/order-tracker.js"></script></body></html>`;

// Serves dist/ (the bundle and its chunks) and the page, on the loopback address only.
const server = createServer((request, response) => {
  const path = new URL(request.url, 'http://localhost').pathname;
  if (path === '/') {
    response.writeHead(200, {'content-type': 'text/html'}).end(PAGE);
    return;
  }
  const file = normalize(join(dist, path));
  if (!file.startsWith(dist) || !existsSync(file)) {
    response.writeHead(404).end();
    return;
  }
  const type = extname(file) === '.js' ? 'text/javascript' : 'application/octet-stream';
  response.writeHead(200, {'content-type': type}).end(readFileSync(file));
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const url = `http://127.0.0.1:${server.address().port}/`;

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

try {
  const page = await browser.newPage({viewport: {width: 1024, height: 800}});
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await page.goto(url);
  await page.waitForFunction(() => customElements.get('order-tracker'));
  const result = await page.evaluate(benchInPage, {rounds: ROUNDS, warmup: WARMUP, events: EVENTS});
  const version = browser.version();
  print(result, version);
} finally {
  await browser.close();
  server.close();
}

function print({element, baseline, ratios, update, check}, version) {
  const q = (values, p) => {
    const sorted = [...values].sort((a, b) => a - b);
    const at = (sorted.length - 1) * p;
    return sorted[Math.floor(at)] + (sorted[Math.ceil(at)] - sorted[Math.floor(at)]) * (at - Math.floor(at));
  };
  const ms = (value) => `${value.toFixed(2)} ms`.padStart(10);
  const row = (label, values) =>
    console.log(
      `${label.padEnd(44)} median ${ms(q(values, 0.5))}   q1 ${ms(q(values, 0.25))}   q3 ${ms(q(values, 0.75))}`,
    );
  console.log(`Chromium ${version}; ${EVENTS} events; ${WARMUP} warm-up + ${ROUNDS} measured rounds, alternating`);
  console.log(
    `markup check: element log ${check.elementEvents} <li>, baseline ${check.baselineEvents} <li>; same newest event (text, whitespace aside): ${check.sameFirst}`,
  );
  row('element: data → log in the DOM', element.dom);
  row('baseline: data → log in the DOM', baseline.dom);
  row('element: … + forced layout', element.layout);
  row('baseline: … + forced layout', baseline.layout);
  const ratioDom = q(ratios.dom, 0.5);
  const ratioLayout = q(ratios.layout, 0.5);
  console.log(`median ratio element / baseline, DOM only:      ${ratioDom.toFixed(2)}× (target ≤ 1.5×)`);
  console.log(`median ratio element / baseline, with layout:   ${ratioLayout.toFixed(2)}× (target ≤ 1.5×)`);
  row(`update: ${EVENTS} → ${EVENTS + 1} events (data set again)`, update.dom);
  row('update: … + forced layout', update.layout);
}

/** Runs in the page. Everything it needs is inside it. */
async function benchInPage({rounds, warmup, events: count}) {
  const stage = document.getElementById('stage');
  // The stylesheets a shown element has adopted (its own and the loaded view's), taken from the
  // first element rendered: the baseline lays out the same markup with the same styles.
  let sheets;
  const gc = globalThis.gc ?? (() => {});
  const settle = () => new Promise((done) => setTimeout(done, 0));

  // A long CAINIAO → USPS journey: the first half in China (+08:00), the rest in the US (-05:00).
  const places = ['Dongguan', 'Shenzhen', 'Hong Kong', 'Los Angeles, CA', 'Chicago, IL', 'Columbus, OH'];
  const texts = [
    'Processing at sorting center',
    'Departed from sorting center',
    'Arrived at linehaul office',
    'In transit to next facility',
    'Arrived at regional facility',
    'Departed regional facility',
  ];
  const start = Date.UTC(2026, 9, 1, 1, 0);
  const pad = (n) => String(n).padStart(2, '0');
  const iso = (epoch, offsetHours) => {
    const local = new Date(epoch + offsetHours * 3_600_000);
    const sign = offsetHours < 0 ? '-' : '+';
    return `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:00${sign}${pad(Math.abs(offsetHours))}:00`;
  };
  const makeEvents = (n) =>
    Array.from({length: n}, (_, i) => {
      const china = i < n / 2;
      return {
        time: iso(start + i * 47 * 60_000, china ? 8 : -5),
        description: `${texts[i % texts.length]} #${i + 1}`,
        location: places[(china ? 0 : 3) + (i % 3)],
      };
    });
  const tracking = (n) => ({
    trackingNumber: 'LP00612345678901',
    latestTrackingNumber: '9400111206213456789012',
    carrier: {name: 'USPS', code: 'usps', phone: '1-800-275-8777'},
    origin: 'CN',
    destination: 'US',
    deliveryLocation: 'Columbus, OH',
    events: makeEvents(n),
  });
  const data = tracking(count);
  const dataPlusOne = tracking(count + 1);

  // ---- the element ----------------------------------------------------------------------
  const shown = (element) =>
    new Promise((done) =>
      element.addEventListener('order-tracker-load', () => element.updateComplete.then(done), {once: true}),
    );
  async function renderElement() {
    const t0 = performance.now();
    const element = document.createElement('order-tracker');
    element.format = 'native';
    element.data = data;
    const ready = shown(element);
    stage.append(element);
    await ready;
    const t1 = performance.now();
    sheets ??= [...element.shadowRoot.adoptedStyleSheets];
    element.shadowRoot.firstElementChild.getBoundingClientRect();
    const t2 = performance.now();
    return {element, dom: t1 - t0, layout: t2 - t0};
  }

  // ---- the hand-written baseline -------------------------------------------------------
  const wallClock = new Intl.DateTimeFormat('en', {dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC'});
  const stageNames = [
    'Package collected / Carrier notified',
    'In transit / Arrived at carrier’s facility',
    'Departed facility / Export cleared',
    'Arrived / Departed international office',
    'Customs clearance in destination country',
    'Arrived at local hub / In transit',
    'Sorting center processing / Carrier notified',
    'Out for delivery / Delivered',
  ];
  const el = (tag, attributes, ...children) => {
    const node = document.createElement(tag);
    if (attributes) for (const name in attributes) node.setAttribute(name, attributes[name]);
    for (const child of children) node.append(child);
    return node;
  };
  const parseTime = (time) => {
    const match = /([+-])(\d\d):(\d\d)$/.exec(time);
    const offset = match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
    return {epoch: Date.parse(time), offset};
  };
  const gmt = (offset) => `GMT${offset < 0 ? '-' : '+'}${Math.abs(offset) / 60}`;
  function renderBaseline() {
    const t0 = performance.now();
    const host = el('div');
    const root = host.attachShadow({mode: 'open'});
    root.adoptedStyleSheets = sheets;
    const rows = data.events.map((event) => ({...event, ...parseTime(event.time)})).sort((a, b) => b.epoch - a.epoch);
    const zones = new Set(rows.map((row) => row.offset)).size > 1;
    const copy = (label) =>
      el('button', {part: 'copy-number-button', class: 'icon-button', 'aria-label': label}, 'Copy');
    const numberRow = (label, number, part) =>
      el(
        'div',
        {class: 'number-row'},
        el('dt', null, label),
        el('dd', null, el('span', {part, class: 'number', dir: 'ltr'}, number), ' ', copy(`Copy ${number}`)),
      );
    const steps = el('ol', {part: 'progress', class: 'progress', 'aria-label': 'Progress'});
    'ABCDEFGH'.split('').forEach((letter, i) => {
      const state = i < 6 ? 'done' : i === 6 ? 'current' : 'upcoming';
      const li = el(
        'li',
        {part: 'stage', class: 'step', 'data-stage': letter, 'data-state': state},
        el(
          'button',
          {
            class: 'step-button',
            'aria-label': `Stage ${letter}: ${stageNames[i]}`,
            'aria-pressed': String(i === 6),
            'aria-controls': 'stage-description',
          },
          el('span', {class: 'dot', 'aria-hidden': 'true'}, letter),
          el('span', {class: 'step-label', 'aria-hidden': 'true'}, stageNames[i]),
        ),
      );
      if (state === 'current') li.setAttribute('aria-current', 'step');
      steps.append(li);
    });
    const log = el('ol', {part: 'timeline', class: 'timeline'});
    for (const row of rows) {
      const text = wallClock.format(row.epoch + row.offset * 60_000);
      log.append(
        el(
          'li',
          {part: 'event', class: 'event'},
          el('time', {datetime: row.time}, zones ? `${text} ${gmt(row.offset)}` : text),
          el('p', {class: 'event-description'}, row.description),
          // Two numbers: each event says which one it belongs to (these, the original).
          el('p', {class: 'event-meta'}, row.location, ' ', el('span', {class: 'tag'}, 'Original number')),
        ),
      );
    }
    const logo = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    logo.setAttribute('class', 'logo');
    logo.setAttribute('viewBox', '0 0 132 32');
    root.append(
      el(
        'div',
        {class: 'frame'},
        el(
          'div',
          {class: 'card', dir: 'ltr', lang: 'en'},
          el(
            'div',
            {part: 'overview', class: 'overview'},
            el('p', {part: 'status', class: 'status', 'data-status': 'in_transit'}, 'In transit'),
            el('p', {class: 'transit'}, '20 days in transit'),
            el(
              'dl',
              {class: 'numbers'},
              numberRow('Tracking number', data.trackingNumber, 'tracking-number'),
              numberRow('Latest tracking number', data.latestTrackingNumber, 'latest-tracking-number'),
            ),
          ),
          el(
            'div',
            {class: 'progress-area'},
            steps,
            el(
              'p',
              {part: 'stage-description', id: 'stage-description', class: 'stage-description'},
              el('strong', null, `${stageNames[6]}.`),
              ' Sorted for local delivery.',
            ),
          ),
          el(
            'div',
            {class: 'details'},
            el(
              'section',
              {part: 'route', class: 'route', 'aria-label': 'Route'},
              el('h3', {class: 'heading'}, 'Route'),
              el(
                'ol',
                {class: 'places'},
                ...[
                  ['From', 'Mainland China'],
                  ['To', 'United States'],
                  ['Delivery location', data.deliveryLocation],
                ].map(([label, place]) =>
                  el('li', null, el('span', {class: 'place-label'}, label), ' ', el('span', {class: 'place'}, place)),
                ),
              ),
            ),
            el(
              'section',
              {part: 'carrier', class: 'carrier', 'aria-label': 'Local carrier'},
              el('h3', {class: 'heading'}, 'Local carrier'),
              el('p', {class: 'carrier-name'}, 'USPS'),
              el('p', null, el('a', {part: 'carrier-phone', href: 'tel:1-800-275-8777', dir: 'ltr'}, '1-800-275-8777')),
              el(
                'p',
                null,
                el(
                  'a',
                  {
                    part: 'carrier-link',
                    class: 'button link-button',
                    href: `https://tools.usps.com/go/TrackConfirmAction?tLabels=${data.latestTrackingNumber}`,
                  },
                  'Track on USPS',
                ),
              ),
            ),
          ),
          el(
            'div',
            {class: 'log-area'},
            el('section', {class: 'history', 'aria-label': 'History'}, el('h3', {class: 'heading'}, 'History'), log),
            el(
              'aside',
              {class: 'cainiao-area'},
              el(
                'a',
                {
                  part: 'cainiao',
                  class: 'cainiao',
                  href: `https://global.cainiao.com/newDetail.htm?mailNoList=${data.trackingNumber}`,
                },
                logo,
                el('span', {class: 'cainiao-hint'}, 'CAINIAO shows both numbers'),
              ),
            ),
          ),
          el('div', {class: 'actions'}, el('button', {part: 'copy-button', class: 'button'}, 'Copy details')),
        ),
      ),
    );
    stage.append(host);
    const t1 = performance.now();
    root.firstElementChild.getBoundingClientRect();
    const t2 = performance.now();
    return {element: host, dom: t1 - t0, layout: t2 - t0};
  }

  // ---- rounds ---------------------------------------------------------------------------
  const element = {dom: [], layout: []};
  const baseline = {dom: [], layout: []};
  const ratios = {dom: [], layout: []};
  let check;
  for (let round = 0; round < warmup + rounds; round++) {
    // Alternate which goes first, so neither always runs on a freshly collected heap.
    const order = round % 2 ? [renderBaseline, renderElement] : [renderElement, renderBaseline];
    const times = new Map();
    for (const run of order) {
      gc();
      await settle();
      const result = await run();
      times.set(run, result);
      if (!check && run === renderElement)
        check = {
          elementEvents: result.element.shadowRoot.querySelectorAll('[part=event]').length,
          first: result.element.shadowRoot.querySelector('[part=event]').textContent.replace(/\s+/g, ''),
        };
      if (check && check.baselineEvents === undefined && run === renderBaseline) {
        check.baselineEvents = result.element.shadowRoot.querySelectorAll('[part=event]').length;
        check.baselineFirst = result.element.shadowRoot.querySelector('[part=event]').textContent.replace(/\s+/g, '');
      }
      result.element.remove();
    }
    if (round < warmup) continue;
    const a = times.get(renderElement);
    const b = times.get(renderBaseline);
    element.dom.push(a.dom);
    element.layout.push(a.layout);
    baseline.dom.push(b.dom);
    baseline.layout.push(b.layout);
    ratios.dom.push(a.dom / b.dom);
    ratios.layout.push(a.layout / b.layout);
  }

  // ---- update: one more event on a shown 500-event log ----------------------------------
  const update = {dom: [], layout: []};
  for (let round = 0; round < Math.max(10, Math.floor(rounds / 2)); round++) {
    const {element: tracker} = await renderElement();
    tracker.shadowRoot.firstElementChild.getBoundingClientRect();
    gc();
    await settle();
    const t0 = performance.now();
    const ready = shown(tracker);
    tracker.data = dataPlusOne;
    await ready;
    const t1 = performance.now();
    tracker.shadowRoot.firstElementChild.getBoundingClientRect();
    const t2 = performance.now();
    if (tracker.shadowRoot.querySelectorAll('[part=event]').length !== count + 1)
      throw new Error('update did not show the new event');
    if (round >= 2) {
      update.dom.push(t1 - t0);
      update.layout.push(t2 - t0);
    }
    tracker.remove();
  }

  return {
    element,
    baseline,
    ratios,
    update,
    check: {
      elementEvents: check.elementEvents,
      baselineEvents: check.baselineEvents,
      sameFirst:
        check.first === check.baselineFirst
          ? 'yes'
          : `no (element "${check.first}", baseline "${check.baselineFirst}")`,
    },
  };
}
