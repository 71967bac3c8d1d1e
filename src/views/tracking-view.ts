/**
 * The lazy chunk: reading a tracking and rendering it once loaded, with its styles. Loaded
 * while the data is being fetched, so the script a shop embeds stays small (README "Size").
 * The element reaches it through one `import()` only; it hands the view plain state and actions.
 */
import {html, nothing, type TemplateResult} from 'lit';
import {cainiaoUrlOf, renderCainiaoBlock} from './cainiao-block.js';
import {copyToClipboard} from './clipboard.js';
import {renderCopyFailure} from './copy-fallback.js';
import {copyText} from './copy-text.js';
import {eventTimeFormatter, formatClock, formatWindow, spansZones, transitText} from '../i18n/format.js';
import {countryName} from '../i18n/country-names.js';
import {fill, type Messages} from '../i18n/messages.js';
import {cleanPhone, telHref} from '../tracking/links/phone.js';
import {carrierTrackingUrl} from '../tracking/links/tracking-links.js';
import type {Tracking, TrackingEvent} from '../tracking/model/tracking.js';
import {renderMessage} from './message.js';
import {renderProgress} from './progress.js';
import {buildTimeline} from './timeline.js';
import type {ViewActions, ViewState} from './view-state.js';

export {readTracking} from '../tracking/adapters/read-tracking.js';
export {trackingViewStyles} from './tracking-view.styles.js';
export {copyFallbackStyles} from './copy-fallback.styles.js';

/** The state and actions every part of the loaded view reads. */
interface Context extends ViewState {
  actions: ViewActions;
}

/** A loaded tracking: overview, progress, route and carrier, the log with the CAINIAO block, Copy details. */
export function renderTracking(tracking: Tracking, state: ViewState, actions: ViewActions): TemplateResult {
  const context: Context = {...state, actions};
  const {messages: m, locale} = context;
  return html`${
    context.stale
      ? html`<p part="notice" class="notice" role="status">${fill(m.staleNotice, {time: formatClock(context.loadedAt, locale)})}${nextTry(context)}</p>`
      : nothing
  }
    ${renderOverview(tracking, context)} ${renderProgress(tracking, context, actions)}
    <div class="details">${renderRoute(tracking, context)} ${renderCarrier(tracking, context)}</div>
    <div class="log-area">
      ${tracking.events.length ? renderTimeline(tracking, context) : nothing} ${renderCainiaoBlock(tracking, context)}
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

function renderOverview(tracking: Tracking, context: Context) {
  const {messages: m, locale} = context;
  const transit = transitText(tracking, m, locale);
  const eta = !tracking.delivered && tracking.estimatedDelivery;
  return html`<div part="overview" class="overview">
    <p part="status" class="status" data-status=${tracking.status}>${m.status[tracking.status]}</p>
    ${transit ? html`<p class="transit">${transit}</p>` : nothing}
    ${eta ? html`<p class="eta">${m.estimatedDelivery}: <strong>${formatWindow(eta, locale)}</strong></p>` : nothing}
    <dl class="numbers">
      ${renderNumber(
        context,
        m.trackingNumber,
        tracking.trackingNumber,
        'tracking-number',
        cainiaoUrlOf(tracking.trackingNumber, context),
        'CAINIAO',
      )}
      ${
        tracking.latestTrackingNumber
          ? renderNumber(
              context,
              m.latestTrackingNumber,
              tracking.latestTrackingNumber,
              'latest-tracking-number',
              carrierTrackingUrl(tracking.carrier, tracking.latestTrackingNumber),
              tracking.carrier?.name,
              m.latest,
            )
          : nothing
      }
    </dl>
    ${tracking.events.length ? nothing : renderMessage(m.pendingTitle, m.pendingBody)}
  </div>`;
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

function renderRoute(tracking: Tracking, {messages: m, locale}: Context) {
  const country = (label: string | undefined) => label && countryName(label, locale, m);
  const places = [
    [m.origin, country(tracking.origin)],
    [m.destination, country(tracking.destination)],
    [m.deliveryLocation, tracking.deliveryLocation],
  ].filter((place): place is [string, string] => !!place[1]);
  if (!places.length) return nothing;
  return html`<section part="route" class="route" aria-label=${m.route}>
    <h3 class="heading">${m.route}</h3>
    <ol class="places">
      ${places.map(([label, place]) => html`<li><span class="place-label">${label}</span> <bdi class="place">${place}</bdi></li>`)}
    </ol>
  </section>`;
}

function renderCarrier(tracking: Tracking, context: Context) {
  const {carrier} = tracking;
  if (!carrier) return nothing;
  const m = context.messages;
  const name = {carrier: carrier.name};
  const phone = cleanPhone(carrier.phone);
  const latest = tracking.latestTrackingNumber;
  const link = carrierTrackingUrl(carrier, latest ?? tracking.trackingNumber);
  return html`<section part="carrier" class="carrier" aria-label=${m.localCarrier}>
    <h3 class="heading">${m.localCarrier}</h3>
    <p class="carrier-name"><bdi>${carrier.name}</bdi></p>
    ${
      phone
        ? html`<p><a part="carrier-phone" href=${telHref(phone)} aria-label=${`${fill(m.call, name)}: ${phone}`} dir="ltr">${phone}</a></p>`
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

function renderTimeline(tracking: Tracking, context: Context) {
  return html`<section class="history" aria-label=${context.messages.history}>
    <h3 class="heading">${context.messages.history}</h3>
    ${timeline(tracking, context)}
  </section>`;
}

/** Logs already built, per tracking and language: other re-renders (e.g. "Copied") leave them alone. */
const timelines = new WeakMap<Tracking, {messages: Messages; list: HTMLOListElement}>();

function timeline(tracking: Tracking, {messages, locale}: Context): HTMLOListElement {
  const cached = timelines.get(tracking);
  if (cached?.messages === messages) return cached.list;
  const list = buildTimeline(tracking.events, {
    eventTime: eventTimeFormatter(locale, spansZones(tracking)),
    numberTag: (event) => numberTag(event, tracking, messages),
  });
  timelines.set(tracking, {messages, list});
  return list;
}

/**
 * Which number an event belongs to, said only when there are two. Adapters mark the local
 * carrier's scans with the latest number; an event that names no number is the original's.
 */
function numberTag({trackingNumber}: TrackingEvent, tracking: Tracking, m: Messages) {
  if (!tracking.latestTrackingNumber) return undefined;
  if (trackingNumber === tracking.latestTrackingNumber) return m.eventOfLatest;
  return !trackingNumber || trackingNumber === tracking.trackingNumber ? m.eventOfOriginal : undefined;
}
