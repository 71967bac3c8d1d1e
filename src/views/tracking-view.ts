/**
 * The lazy chunk that renders a loaded tracking, with its styles; reading the data is the chunk
 * beside it (src/element/tracking-view-chunk.ts). Loaded while the data is being fetched, so the
 * script a shop embeds stays small (README "Performance").
 * The element reaches it through one `import()` only; it hands the view plain state and actions.
 */
import {html, nothing, type TemplateResult} from 'lit';
import {cainiaoUrlOf, renderCainiaoBlock, travelsWithCainiao} from './cainiao-block.js';
import {copyToClipboard} from './clipboard.js';
import {renderCopyFailure} from './copy-fallback.js';
import {copyText} from './copy-text.js';
import {
  eventTimeFormatter,
  formatClock,
  isolate,
  plural,
  spansZones,
  statusDetail,
  transitText,
} from '../i18n/format.js';
import {countryName} from '../i18n/country-names.js';
import {fill, type AllMessages} from '../i18n/messages.js';
import {allMessages} from '../i18n/all-messages.js';
import {readWithCoreReaders} from '../tracking/adapters/core-readers.js';
import {formatFor, type FormatChoice, type TrackingFormat} from '../tracking/adapters/formats.js';
import type {Readers} from '../tracking/adapters/read-tracking-with.js';
import {cleanPhone, telHref} from '../tracking/links/phone.js';
import {carrierTrackingUrl} from '../tracking/links/tracking-links.js';
import type {Tracking, TrackingEvent, TrackingStatus} from '../tracking/model/tracking.js';
import {renderProgress} from './progress.js';
import {stageSentence} from './stage-sentence.js';
import {updateTimeline} from './timeline.js';
import type {ViewActions, ViewState} from './view-state.js';

export {trackingViewStyles as styles} from './tracking-view.styles.js';
// The copy buttons' feedback, made by the element at the first copy.
export {CopyController} from '../element/controllers/copy-controller.js';
// The refresh timer, made by the element at its first plan (only a fetched view refreshes).
export {RefreshController} from '../element/controllers/refresh-controller.js';

/** The format each tracking was read from: the CAINIAO block shows for CAINIAO's own answers. */
const sourceFormats = new WeakMap<Tracking, TrackingFormat>();

// The second half of the element's request, the status checked and the body read, too.
export {importMoreReaders, needsMoreReaders, readTrackingResponse} from '../tracking/adapters/core-readers.js';

/**
 * Reads a payload with the core readers and `more` (AfterShip's and 17TRACK's, once their chunk
 * is there), remembering the format it read (see `travelsWithCainiao`).
 */
export function readTracking(
  json: unknown,
  format: FormatChoice = 'auto',
  fallbackNumber = '',
  more?: Readers,
): Tracking {
  const tracking = readWithCoreReaders(json, format, fallbackNumber, more);
  const source = formatFor(json, format);
  if (source) sourceFormats.set(tracking, source);
  return tracking;
}

/** The state and actions every part of the loaded view reads, with the whole catalogue. */
interface Context extends Omit<ViewState, 'messages'> {
  messages: AllMessages;
  actions: ViewActions;
  /** Whether the CAINIAO block (and CAINIAO's link on the original number) shows. */
  cainiaoShown: boolean;
}

/**
 * A heading of the `heading-level` (1–6, anything else 2), `offset` levels below it (section
 * headings are one below the status), at most 6: a real `<h1>`–`<h6>`, so page outlines,
 * screen readers and the shop's own queries all find it.
 */
function heading(
  level: number,
  offset: number,
  content: unknown,
  {part, cls, status}: {part?: string; cls: string; status?: string},
) {
  const base = Math.min(6, Math.max(1, Math.round(level) || 2));
  const p = part ?? nothing;
  const s = status ?? nothing;
  // One template per level: a tag name cannot be a binding, and static templates do not survive minifying.
  switch (Math.min(6, base + offset)) {
    case 1:
      return html`<h1 part=${p} class=${cls} data-status=${s}>${content}</h1>`;
    case 2:
      return html`<h2 part=${p} class=${cls} data-status=${s}>${content}</h2>`;
    case 3:
      return html`<h3 part=${p} class=${cls} data-status=${s}>${content}</h3>`;
    case 4:
      return html`<h4 part=${p} class=${cls} data-status=${s}>${content}</h4>`;
    case 5:
      return html`<h5 part=${p} class=${cls} data-status=${s}>${content}</h5>`;
    default:
      return html`<h6 part=${p} class=${cls} data-status=${s}>${content}</h6>`;
  }
}

/** A status in words, in the language of `messages` (the parcel switcher names each parcel with it). */
export const statusWord = (status: TrackingStatus, messages: ViewState['messages']) =>
  allMessages(messages).status[status];

/** A loaded tracking: the answer first, then progress, numbers, route and carrier, the log with the CAINIAO block, Copy details. */
export function renderTracking(tracking: Tracking, state: ViewState, actions: ViewActions): TemplateResult {
  const cainiaoShown =
    state.cainiao === 'always' ||
    (state.cainiao !== 'never' && travelsWithCainiao(tracking, sourceFormats.get(tracking)));
  const context: Context = {...state, messages: allMessages(state.messages), actions, cainiaoShown};
  const {messages: m, locale} = context;
  const shown = context.chosenStage ?? tracking.stage;
  const sentence = shown && stageSentence(tracking, shown, m, locale);
  return html`${
    context.stale
      ? html`<p part="notice" class="notice" role="status">${fill(m.staleNotice, {time: formatClock(context.loadedAt, locale)})}${nextTry(context)}</p>`
      : nothing
  }
    ${renderOverview(tracking, context)}
    ${renderProgress(
      tracking,
      context,
      actions,
      sentence &&
        html`<span class="stage-title">${sentence.title}</span> <span class="stage-sentence">${sentence.text}</span>`,
    )}
    <div class="details">${renderNumbers(tracking, context)} ${renderRoute(tracking, context)} ${renderCarrier(tracking, context)}</div>
    <div class="log-area">
      ${tracking.events.length ? renderTimeline(tracking, context) : nothing}
      ${cainiaoShown ? renderCainiaoBlock(tracking, context) : nothing}
    </div>
    <div class="actions">
      <button part="copy-button" class="button" @click=${(event: Event) => copy(context, copyText(tracking, m, locale), 'details', event)}>
        ${context.copiedPart === 'details' ? m.copied : m.copyDetails}
      </button>
      ${renderCopyFailure(context, 'details', true)}
    </div>`;
}

/** " · Next try at 11:42." when a try is planned after a failure (docs/behaviour.md#refresh). */
const nextTry = ({nextTryAt, messages, locale}: Context) =>
  nextTryAt ? ` · ${fill(messages.nextTry, {time: formatClock(nextTryAt, locale)})}` : '';

/** The answer: the status as a heading, when (delivered, expected, last seen), and how long on the way. */
function renderOverview(tracking: Tracking, context: Context) {
  const {messages: m, locale, loadedAt} = context;
  const now = loadedAt || Date.now();
  const status = heading(context.headingLevel, 0, m.status[tracking.status], {
    part: 'status',
    cls: 'status',
    status: tracking.status,
  });
  if (!tracking.events.length) {
    return html`<div part="overview" class="overview">
      ${status}
      <div part="message" class="pending">
        <p part="status-detail" class="status-detail">${m.pendingTitle}</p>
        <p class="transit">${m.pendingBody}</p>
      </div>
    </div>`;
  }
  const detail = statusDetail(tracking, m, locale, now);
  const transit = transitText(tracking, m, locale, now);
  return html`<div part="overview" class="overview">
    ${status} ${detail ? html`<p part="status-detail" class="status-detail">${detail}</p>` : nothing}
    ${transit ? html`<p class="transit">${transit}</p>` : nothing}
  </div>`;
}

/** Both numbers; the latest is marked "Latest" and its label names its carrier ("USPS tracking number"). */
function renderNumbers(tracking: Tracking, context: Context) {
  const m = context.messages;
  const {carrier, trackingNumber, latestTrackingNumber: latest} = tracking;
  const site = carrier && isolate(carrier.name);
  const [originalUrl, originalSite] = context.cainiaoShown
    ? [cainiaoUrlOf(trackingNumber, context), 'CAINIAO']
    : latest
      ? []
      : [carrierTrackingUrl(carrier, trackingNumber), site];
  return html`<dl class="numbers">
    ${renderNumber(context, m.trackingNumber, trackingNumber, 'tracking-number', originalUrl, originalSite)}
    ${
      latest
        ? renderNumber(
            context,
            site ? fill(m.carrierTrackingNumber, {carrier: site}) : m.localTrackingNumber,
            latest,
            'latest-tracking-number',
            carrierTrackingUrl(carrier, latest),
            site,
            m.latest,
          )
        : nothing
    }
  </dl>`;
}

function renderNumber(
  context: Context,
  label: string,
  number: string,
  part: string,
  url?: string,
  site?: string,
  badge?: string,
) {
  return html`<div class="number-row">
    <dt>${badge ? html`<span class="badge">${badge}</span> ` : nothing}${label}</dt>
    <dd>
      <span part=${part} class="number" dir="ltr">${number}</span>
      ${renderCopyNumber(context, number, part)}
      ${
        url && site
          ? html`<a class="track-link" href=${url} target="_blank" rel="noopener noreferrer">${fill(context.messages.trackOn, {carrier: site})}</a>`
          : nothing
      }
    </dd>
  </div>`;
}

/** Copies at once, inside the click (browsers allow the clipboard only then), beside the button clicked, and tells the element. */
const copy = ({actions}: Context, text: string, part: string, click: Event) =>
  actions.copy(text, part, copyToClipboard(text, click.currentTarget as Element));

function renderCopyNumber(context: Context, number: string, key: string) {
  const {messages: m, copiedPart} = context;
  return html`<button part="copy-number-button" class="icon-button" aria-label=${fill(m.copyNumber, {number})}
    @click=${(event: Event) => copy(context, number, key, event)}>${copiedPart === key ? m.copied : m.copy}</button>${renderCopyFailure(context, key)}`;
}

function renderRoute(tracking: Tracking, context: Context) {
  const {messages: m, locale} = context;
  const country = (label: string | undefined) => label && countryName(label, locale, m);
  const places = [
    [m.origin, country(tracking.origin)],
    [m.destination, country(tracking.destination)],
    [m.deliveryLocation, tracking.deliveryLocation],
  ].filter((place): place is [string, string] => !!place[1]);
  if (!places.length) return nothing;
  return html`<section part="route" class="route">
    ${heading(context.headingLevel, 1, m.route, {cls: 'heading'})}
    <ol class="places">
      ${places.map(([label, place]) => html`<li><span class="place-label">${label}</span> <bdi class="place">${place}</bdi></li>`)}
    </ol>
  </section>`;
}

function renderCarrier(tracking: Tracking, context: Context) {
  const {carrier} = tracking;
  if (!carrier) return nothing;
  const m = context.messages;
  const name = {carrier: isolate(carrier.name)};
  const phone = cleanPhone(carrier.phone);
  const latest = tracking.latestTrackingNumber;
  const link = carrierTrackingUrl(carrier, latest ?? tracking.trackingNumber);
  return html`<section part="carrier" class="carrier">
    ${heading(context.headingLevel, 1, m.localCarrier, {cls: 'heading'})}
    <p class="carrier-name"><bdi>${carrier.name}</bdi></p>
    ${
      phone
        ? html`<p><a part="carrier-phone" href=${telHref(phone)} aria-label=${fill(m.call, {...name, phone})} dir="ltr">${phone}</a></p>`
        : nothing
    }
    ${
      link
        ? html`<p><a part="carrier-link" class="button link-button" href=${link} target="_blank" rel="noopener noreferrer">${fill(m.trackOn, name)}</a></p>`
        : latest
          ? html`<p class="hint">${fill(m.trackYourself, name)}</p>
            <p class="copy-line"><span class="number" dir="ltr">${latest}</span> ${renderCopyNumber(context, latest, 'carrier-number')}</p>`
          : nothing
    }
    ${
      carrier.homepage
        ? html`<p><a part="carrier-website" href=${carrier.homepage} target="_blank" rel="noopener noreferrer">${fill(m.carrierWebsite, name)}</a></p>`
        : nothing
    }
  </section>`;
}

/**
 * The log, newest first: the newest `history-limit` events, then "Show all N updates". The
 * button stays where it is and keeps focus; the events it reveals open below those already read.
 */
function renderTimeline(tracking: Tracking, context: Context) {
  const {messages: m, locale, historyLimit, historyExpanded} = context;
  const count = tracking.events.length;
  const limited = historyLimit > 0 && count > historyLimit;
  return html`<section class="history">
    ${heading(context.headingLevel, 1, m.history, {cls: 'heading'})}
    ${timeline(tracking, context, limited && !historyExpanded ? historyLimit : count)}
    ${
      limited
        ? html`<button part="history-toggle" class="text-button" aria-expanded=${historyExpanded ? 'true' : 'false'}
            aria-controls="timeline" @click=${() => context.actions.toggleHistory()}>
            ${historyExpanded ? m.showFewer : plural(m.showAll, count, locale)}
          </button>`
        : nothing
    }
  </section>`;
}

/** Logs already built, per tracking and language: other re-renders (e.g. "Copied") leave them alone. */
const timelines = new WeakMap<
  Tracking,
  {messages: AllMessages; list: HTMLOListElement; shown: number; parked: Element[]}
>();
/** Which tracking each list shows now: a list handed on to a newer tracking is no longer the older one's. */
const owners = new WeakMap<HTMLOListElement, Tracking>();
/**
 * The list each element showed last for a tracking number (the element's actions object stands
 * for the element): a refresh of that number updates it in place instead of building it again.
 */
const shownLists = new WeakMap<ViewActions, Map<string, HTMLOListElement>>();

/** How the log writes a tracking's events, in one language. */
function logOptions(tracking: Tracking, messages: AllMessages, locale: string) {
  const zones = spansZones(tracking);
  return {
    eventTime: eventTimeFormatter(locale, zones),
    numberTag: numberTagger(tracking, messages),
    look: `${locale} ${zones}`,
  };
}

/**
 * The log with its first `shown` events. Only the events ever shown are built: "Show all"
 * builds the rest, "Show fewer" takes them out of the list and keeps them for the next "Show
 * all", and a refresh that adds one event builds that one (README "Performance").
 */
function timeline(tracking: Tracking, {messages, locale, actions}: Context, shown: number): HTMLOListElement {
  let cached = timelines.get(tracking);
  if (cached?.messages !== messages || owners.get(cached.list) !== tracking) {
    let lists = shownLists.get(actions);
    if (!lists) shownLists.set(actions, (lists = new Map()));
    const previous = lists.get(tracking.trackingNumber);
    const list = updateTimeline(tracking.events, logOptions(tracking, messages, locale), shown, previous);
    list.id = 'timeline';
    lists.set(tracking.trackingNumber, list);
    owners.set(list, tracking);
    cached = {messages, list, shown: -1, parked: []};
    timelines.set(tracking, cached);
  }
  const {list, parked} = cached;
  if (cached.shown !== shown) {
    const items = list.children;
    // Taken out, not hidden: the list holds just what it shows, for the page's own queries too.
    const beyond = [...items].slice(shown);
    for (const item of beyond) item.remove();
    parked.unshift(...beyond);
    if (items.length < shown) list.append(...parked.splice(0, shown - items.length));
    if (items.length < shown) updateTimeline(tracking.events, logOptions(tracking, messages, locale), shown, list);
    for (let i = 0; i < items.length; i++)
      items[i]!.classList.toggle('cut', i === shown - 1 && shown < tracking.events.length);
    cached.shown = shown;
  }
  return cached.list;
}

/**
 * Which number an event belongs to, said only when both numbers have events. Adapters mark the
 * local carrier's scans with the latest number; an event that names no number is the original's.
 */
function numberTagger(tracking: Tracking, m: AllMessages): (event: TrackingEvent) => string | undefined {
  const {trackingNumber: original, latestTrackingNumber: latest, events} = tracking;
  const ofOriginal = (number?: string) => !number || number === original;
  if (
    !latest ||
    !events.some((e) => e.trackingNumber === latest) ||
    !events.some((e) => ofOriginal(e.trackingNumber))
  ) {
    return () => undefined;
  }
  return ({trackingNumber}) =>
    trackingNumber === latest ? m.eventOfLatest : ofOriginal(trackingNumber) ? m.eventOfOriginal : undefined;
}
