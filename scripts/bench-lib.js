// The in-page half of `npm run bench` (scripts/bench.js): test data and the hand-written DOM
// baseline. `benchLib` is injected into every page as source text (`window.benchLib =
// (${benchLib})()`), so it must not reference anything outside itself.

/** Runs in a page: returns the data makers and the hand-written baseline. */
export function benchLib() {
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
  /** `n` events, oldest first; the first `half` in China (default: half of them). */
  const makeEvents = (n, half = n / 2) =>
    Array.from({length: n}, (_, i) => {
      const china = i < half;
      return {
        time: iso(start + i * 47 * 60_000, china ? 8 : -5),
        description: `${texts[i % texts.length]} #${i + 1}`,
        location: places[(china ? 0 : 3) + (i % 3)],
      };
    });
  /** A native tracking of `n` events; `half` fixes the China/US split, so n + 1 adds one US event. */
  const tracking = (n, half) => ({
    trackingNumber: 'LP00612345678901',
    latestTrackingNumber: '9400111206213456789012',
    carrier: {name: 'USPS', code: 'usps', phone: '1-800-275-8777'},
    origin: 'CN',
    destination: 'US',
    deliveryLocation: 'Columbus, OH',
    events: makeEvents(n, half),
  });

  // ---- the hand-written baseline: the same markup with plain DOM calls ---------------------
  // Made at its first use, so a cold page pays for its formatter inside the timing, as the element does.
  let wallClock;
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
  /** The events as the baseline shows them: times parsed, newest first, and whether zones differ. */
  const rowsOf = (data) => {
    const rows = data.events.map((event) => ({...event, ...parseTime(event.time)})).sort((a, b) => b.epoch - a.epoch);
    return {rows, zones: new Set(rows.map((row) => row.offset)).size > 1};
  };
  /** One `<li part="event">` (no number tag: the test data's events name no number, so the element shows none). */
  const eventItem = (row, zones) => {
    wallClock ??= new Intl.DateTimeFormat('en', {dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC'});
    const text = wallClock.format(row.epoch + row.offset * 60_000);
    return el(
      'li',
      {part: 'event', class: 'event'},
      el('time', {datetime: row.time}, zones ? `${text} ${gmt(row.offset)}` : text),
      el('p', {class: 'event-description'}, row.description),
      el('p', {class: 'event-meta'}, row.location),
    );
  };
  /** Constructable stylesheets from CSS text (the element's adopted sheets, read from a shown element). */
  const sheetsFrom = (cssTexts) =>
    cssTexts.map((text) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(text);
      return sheet;
    });
  const cssOf = (element) =>
    element.shadowRoot.adoptedStyleSheets.map((sheet) => [...sheet.cssRules].map((rule) => rule.cssText).join('\n'));

  /**
   * The whole card in a shadow root, appended to `stage`: frame, card, overview, numbers, steps
   * A–H, route, carrier, the log (the first `shown` events, all by default), CAINIAO block.
   */
  function buildBaseline(data, sheets, stage, shown = Infinity) {
    const host = el('div');
    const root = host.attachShadow({mode: 'open'});
    root.adoptedStyleSheets = sheets;
    const {rows, zones} = rowsOf(data);
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
    for (const row of rows.slice(0, shown)) log.append(eventItem(row, zones));
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
    return {host, root, log, rows, zones};
  }

  return {tracking, rowsOf, eventItem, buildBaseline, sheetsFrom, cssOf};
}
