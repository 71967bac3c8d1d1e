/**
 * What `<order-tracker>` needs once tracking data arrives: reading any format, and the views
 * of a loaded tracking. A chunk of its own, loaded while the data is being fetched, so the
 * script a shop embeds stays small (SPEC §12).
 */
import {html, nothing, type TemplateResult} from 'lit';
import {cainiaoLogo} from './cainiao-logo.js';
import {copyText} from './copy-text.js';
import {eventTimeFormatter, formatClock, formatWindow, spansZones, transitText} from '../i18n/format.js';
import {countryName} from '../i18n/country-names.js';
import {fill, type Messages} from '../i18n/messages.js';
import {cleanPhone, telHref} from '../tracking/links/phone.js';
import {cainiaoTrackingUrl, carrierTrackingUrl} from '../tracking/links/tracking-links.js';
import type {Tracking, TrackingEvent} from '../tracking/model/tracking.js';
import {buildTimeline} from './timeline.js';

export {readTracking} from '../tracking/adapters/read-tracking.js';
export {copyToClipboard} from '../element/clipboard.js';
export {trackingViewStyles} from './tracking-view.styles.js';

/** What the element lends its views: its language, its state, and the pieces it renders itself. */
export interface ViewContext {
  messages: Messages;
  locale: string;
  /** The `cainiao-url` template, or '' for CAINIAO's own page. */
  cainiaoUrl: string;
  /** Which copy button says "Copied" right now. */
  copiedPart?: string;
  /** When the tracking shown was loaded, for the notice after a failed refresh. */
  loadedAt: number;
  /** Whether the last refresh failed. */
  stale: boolean;
  copy(text: string, part: string): void;
  progress(tracking: Tracking): TemplateResult;
  message(title: string, body?: string): TemplateResult;
}

/** A loaded tracking: overview, progress, route and carrier, the log with the CAINIAO block, Copy details. */
export function renderTracking(tracking: Tracking, context: ViewContext): TemplateResult {
  const {messages: m, locale} = context;
  return html`${
    context.stale
      ? html`<p part="notice" class="notice" role="status">${fill(m.staleNotice, {time: formatClock(context.loadedAt, locale)})}</p>`
      : nothing
  }
    ${renderOverview(tracking, context)} ${context.progress(tracking)}
    <div class="details">${renderRoute(tracking, context)} ${renderCarrier(tracking, context)}</div>
    <div class="log-area">
      ${tracking.events.length ? renderTimeline(tracking, context) : nothing} ${renderCainiao(tracking, context)}
    </div>
    <div class="actions">
      <button part="copy-button" class="button" @click=${() => context.copy(copyText(tracking, m, locale), 'details')}>
        ${context.copiedPart === 'details' ? m.copied : m.copyDetails}
      </button>
    </div>`;
}

const cainiaoUrlOf = (number: string, {cainiaoUrl}: ViewContext) =>
  cainiaoTrackingUrl(number, cainiaoUrl || undefined, document.baseURI);

function renderOverview(tracking: Tracking, context: ViewContext) {
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
    ${tracking.events.length ? nothing : context.message(m.pendingTitle, m.pendingBody)}
  </div>`;
}

function renderNumber(
  context: ViewContext,
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

function renderCopyNumber({messages: m, copiedPart, copy}: ViewContext, number: string, key: string) {
  return html`<button part="copy-number-button" class="icon-button" aria-label=${fill(m.copyNumber, {number})}
    @click=${() => copy(number, key)}>${copiedPart === key ? m.copied : m.copy}</button>`;
}

function renderRoute(tracking: Tracking, {messages: m, locale}: ViewContext) {
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

function renderCarrier(tracking: Tracking, context: ViewContext) {
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

function renderTimeline(tracking: Tracking, context: ViewContext) {
  return html`<section class="history" aria-label=${context.messages.history}>
    <h3 class="heading">${context.messages.history}</h3>
    ${timeline(tracking, context)}
  </section>`;
}

/** Logs already built, per tracking and language: other re-renders (e.g. "Copied") leave them alone. */
const timelines = new WeakMap<Tracking, {messages: Messages; list: HTMLOListElement}>();

function timeline(tracking: Tracking, {messages, locale}: ViewContext): HTMLOListElement {
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

function renderCainiao(tracking: Tracking, context: ViewContext) {
  const url = cainiaoUrlOf(tracking.trackingNumber, context);
  if (!url) return nothing;
  return html`<aside class="cainiao-area">
    <a part="cainiao" class="cainiao" href=${url} target="_blank" rel="noopener noreferrer">
      <slot name="logo">${cainiaoLogo}</slot>
      <span class="visually-hidden">${context.messages.cainiaoLink}.</span>
      <span class="cainiao-hint">${context.messages.cainiaoHint}</span>
    </a>
  </aside>`;
}
