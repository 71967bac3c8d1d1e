import {LitElement, html, nothing, type PropertyValues} from 'lit';
import {property, state} from 'lit/decorators.js';
import {Task, TaskStatus} from '@lit/task';
import {readTracking, type FormatChoice} from './adapters/read-tracking.js';
import {cainiaoLogo} from './cainiao-logo.js';
import {copyToClipboard} from './clipboard.js';
import {copyText} from './copy-text.js';
import {fetchTrackingJson} from './fetch-tracking.js';
import {eventTimeFormatter, fill, formatClock, formatWindow, spansZones, transitText} from './i18n/format.js';
import {isRightToLeft, loadMessages, matchLocale, requestedLanguages, type Locale} from './i18n/locale.js';
import {en, type Messages} from './i18n/messages.js';
import {cainiaoTrackingUrl, carrierTrackingUrl, cleanPhone, fillTemplate, telHref} from './links.js';
import {STAGES, type Stage, type Tracking, type TrackingEvent} from './model/tracking.js';
import {orderTrackerStyles} from './order-tracker.styles.js';
import {refreshPeriod} from './refresh-schedule.js';
import {RefreshController} from './refresh-controller.js';
import {stepStates} from './stages/stage-engine.js';
import {buildTimeline} from './timeline.js';
import {TrackingError, type TrackingErrorKind} from './tracking-error.js';

export interface OrderTrackerLoadDetail {
  tracking: Tracking;
}
export interface OrderTrackerErrorDetail {
  error: TrackingError;
  kind: TrackingErrorKind;
}
export interface OrderTrackerCopyDetail {
  text: string;
}

/** How long "Copied" stays on a button. */
const COPIED_MS = 2000;

/** What the widget shows when it has no tracking to show. */
type Standby = 'no-number' | 'no-source';

/**
 * Shows a customer where their parcel is: status, both tracking numbers, the A–H progress,
 * route, event log, local carrier and a CAINIAO link, from any supported tracking JSON.
 *
 * @summary Embeddable parcel tracking for CAINIAO, AfterShip, 17TRACK or native JSON.
 *
 * @fires order-tracker-load - New tracking data is shown. `detail: {tracking}`, the normalized tracking.
 * @fires order-tracker-error - A fetch or parse failed. `detail: {error, kind}`, kind `network` `timeout` `http` `not-found` `invalid`.
 * @fires order-tracker-copy - Details or a single number were copied. `detail: {text}`.
 *
 * @slot logo - Replaces the built-in CAINIAO logo.
 *
 * @csspart overview - The overview block.
 * @csspart status - The status text, with `data-status`.
 * @csspart tracking-number - The original tracking number.
 * @csspart latest-tracking-number - The latest (local carrier's) tracking number.
 * @csspart copy-number-button - A button that copies one tracking number.
 * @csspart progress - The `<ol>` of stages A–H.
 * @csspart stage - One stage step, with `data-stage` and `data-state`.
 * @csspart stage-description - The sentence explaining the current (or chosen) stage.
 * @csspart route - The route block.
 * @csspart timeline - The `<ol>` event log, newest first.
 * @csspart event - One event of the log.
 * @csspart carrier - The local carrier card.
 * @csspart carrier-link - The carrier's direct tracking link.
 * @csspart carrier-phone - The carrier's `tel:` link.
 * @csspart carrier-website - The carrier's homepage, when the data gives one.
 * @csspart cainiao - The CAINIAO block (a link).
 * @csspart copy-button - The Copy details button.
 * @csspart message - The block for empty, not-yet-shipped and error states.
 * @csspart retry-button - The Retry button of an error message.
 * @csspart notice - A non-blocking notice, e.g. when a refresh failed.
 *
 * @cssprop [--order-tracker-accent=#1d4ed8] - Links, current stage, buttons.
 * @cssprop [--order-tracker-text=#111827] - Main text colour.
 * @cssprop [--order-tracker-muted=#4b5563] - Secondary text colour.
 * @cssprop [--order-tracker-background=#ffffff] - Card background.
 * @cssprop [--order-tracker-border=#d1d5db] - Borders and dividers.
 * @cssprop [--order-tracker-radius=12px] - Corner radius of the card.
 * @cssprop [--order-tracker-font=system-ui] - Font family.
 * @cssprop [--order-tracker-done=#15803d] - Completed stages and delivered status.
 * @cssprop [--order-tracker-warning=#b45309] - Problems: failed attempts, exceptions, notices.
 */
export class OrderTracker extends LitElement {
  static override styles = orderTrackerStyles;

  /** The original tracking number. */
  @property({attribute: 'tracking-number'}) trackingNumber = '';

  /** URL of the tracking JSON; `{trackingNumber}` is replaced by the URL-encoded number. */
  @property() src = '';

  /** Tracking JSON given directly, in any supported format; when set, nothing is fetched. */
  @property({attribute: false}) data?: unknown;

  /** Input format: `auto` (detected by shape), `native`, `cainiao`, `aftership` or `17track`. */
  @property() format: FormatChoice = 'auto';

  /** UI language (BCP 47); defaults to the nearest `[lang]` ancestor, the document's, then the browser's. */
  @property({reflect: true}) override lang = '';

  /** Re-fetch period in seconds while not delivered (0 = off; 1–29 count as 30). */
  @property({type: Number}) refresh = 0;

  /** Where the CAINIAO block links; `{trackingNumber}` as in `src`; `http:`/`https:` only. */
  @property({attribute: 'cainiao-url'}) cainiaoUrl = '';

  @state() private tracking?: Tracking;
  @state() private error?: TrackingError;
  @state() private loadedAt = 0;
  @state() private messages: Messages = en;
  @state() private locale: Locale = 'en';
  /** The stage whose meaning the customer chose to read; the current one otherwise. */
  @state() private chosenStage?: Stage;
  @state() private copiedPart?: string;
  @state() private announcement = '';

  private readonly refresher = new RefreshController(this, () => void this.loader.run());
  private readonly langObserver = new MutationObserver(() => this.updateLocale());
  private copiedTimer?: ReturnType<typeof setTimeout>;
  private timelineCache?: {tracking: Tracking; messages: Messages; list: HTMLOListElement};
  private interrupted = false;

  /**
   * Fetches `src`. Run only when there is something to fetch (a run re-renders as it starts
   * and ends); `data` is read synchronously instead (see `readData`), in one render.
   */
  private readonly loader = new Task(this, {
    autoRun: false,
    args: () => [this.trackingNumber.trim(), this.src, this.format] as const,
    task: async ([number, src, format], {signal}) => {
      const json = await fetchTrackingJson(fillTemplate(src, number), signal);
      return readTracking(json, format, number);
    },
    onComplete: (tracking) => this.show(tracking),
    onError: (error) => this.fail(error),
  });

  /** Fetches the tracking again at once; resolves when it is shown (or has failed). */
  async refreshNow(): Promise<void> {
    if (this.data != null) this.readData();
    else if (!this.standby()) await this.loader.run();
  }

  override connectedCallback() {
    super.connectedCallback();
    this.langObserver.observe(document.documentElement, {attributes: true, attributeFilter: ['lang'], subtree: true});
    this.updateLocale();
    if (this.interrupted) {
      this.interrupted = false;
      void this.loader.run();
    }
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.langObserver.disconnect();
    clearTimeout(this.copiedTimer);
    if (this.loader.status === TaskStatus.PENDING) {
      this.interrupted = true;
      this.loader.abort();
    }
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    // Another parcel or source: never keep showing the previous one.
    if (['trackingNumber', 'src', 'data', 'format'].some((key) => changed.has(key as keyof OrderTracker))) {
      this.tracking = undefined;
      this.error = undefined;
      this.chosenStage = undefined;
      this.refresher.stop();
      this.loader.abort();
      if (this.data != null) this.readData();
      else if (!this.standby()) void this.loader.run();
    }
    if (changed.has('lang')) this.updateLocale();
  }

  protected override updated(changed: PropertyValues<this>) {
    const {tracking} = this;
    if (tracking && changed.has('tracking' as keyof OrderTracker)) {
      this.emit<OrderTrackerLoadDetail>('order-tracker-load', {tracking});
    }
  }

  private readData() {
    try {
      this.show(readTracking(this.data, this.format, this.trackingNumber.trim()));
    } catch (error) {
      this.fail(error);
    }
  }

  private async updateLocale() {
    const locale = matchLocale(requestedLanguages(this));
    if (locale === this.locale) return; // its messages are the ones shown
    const messages = await loadMessages(locale);
    if (matchLocale(requestedLanguages(this)) !== locale) return; // a newer choice won
    this.locale = locale;
    this.messages = messages;
  }

  private show(tracking: Tracking) {
    this.error = undefined;
    this.tracking = tracking;
    this.loadedAt = Date.now();
    this.planRefresh(true);
  }

  private fail(reason: unknown) {
    if (reason instanceof DOMException && reason.name === 'AbortError') return;
    const error = reason instanceof TrackingError ? reason : new TrackingError('invalid', 'The tracking data could not be read.');
    this.error = error;
    this.emit<OrderTrackerErrorDetail>('order-tracker-error', {error, kind: error.kind});
    this.planRefresh(false);
  }

  private planRefresh(succeeded: boolean) {
    const fetched = this.data == null && !!this.src;
    const period = fetched && !this.tracking?.delivered ? refreshPeriod(this.refresh) : 0;
    this.refresher.schedule(period, succeeded);
  }

  private emit<T>(type: string, detail: T) {
    this.dispatchEvent(new CustomEvent<T>(type, {detail, bubbles: true, composed: true}));
  }

  private async copy(text: string, part: string) {
    const copied = await copyToClipboard(text);
    this.copiedPart = copied ? part : undefined;
    this.announcement = copied ? this.messages.copied : this.messages.copyFailed;
    clearTimeout(this.copiedTimer);
    this.copiedTimer = setTimeout(() => (this.copiedPart = undefined), COPIED_MS);
    if (copied) this.emit<OrderTrackerCopyDetail>('order-tracker-copy', {text});
  }

  protected override render() {
    try {
      return html`<div class="card" dir=${isRightToLeft(this.locale) ? 'rtl' : 'ltr'} lang=${this.locale}>
        ${this.renderBody()}
        <p class="visually-hidden" role="status">${this.announcement}</p>
      </div>`;
    } catch {
      // Last line of defence: a customer sees a message, the shop's page sees no error.
      return html`<div class="card">${this.renderMessage(this.messages.invalid, undefined, true)}</div>`;
    }
  }

  private renderBody() {
    const m = this.messages;
    const {tracking, error} = this;
    if (tracking) return this.renderTracking(tracking, error);
    if (error) return this.renderError(error);
    const standby = this.standby();
    if (standby) return this.renderMessage(standby === 'no-number' ? m.noNumber : m.noSource);
    return this.renderSkeleton();
  }

  private standby(): Standby | undefined {
    if (this.data != null) return undefined;
    if (!this.trackingNumber.trim()) return 'no-number';
    return this.src ? undefined : 'no-source';
  }

  private renderError(error: TrackingError) {
    const m = this.messages;
    if (error.kind === 'not-found') {
      return this.renderMessage(fill(m.notFound, {number: this.trackingNumber.trim()}), m.notFoundHint, true);
    }
    const text = error.kind === 'http' ? fill(m.http, {status: error.status ?? ''}) : m[error.kind];
    return this.renderMessage(m.errorTitle, text, true);
  }

  private renderMessage(title: string, body?: string, retry = false) {
    return html`<div part="message" class="message" role=${retry ? 'alert' : nothing}>
      <p class="message-title">${title}</p>
      ${body ? html`<p class="message-body">${body}</p>` : nothing}
      ${retry
        ? html`<button part="retry-button" class="button" @click=${() => this.refreshNow()}>${this.messages.retry}</button>`
        : nothing}
    </div>`;
  }

  private renderSkeleton() {
    return html`<div part="overview" class="overview skeleton" aria-busy="true">
        <p class="visually-hidden">${this.messages.loading}</p>
        <span class="bone bone-status"></span>
        <span class="bone bone-line"></span>
        <span class="bone bone-line short"></span>
      </div>
      ${this.renderProgress(undefined)}`;
  }

  private renderTracking(tracking: Tracking, error: TrackingError | undefined) {
    const m = this.messages;
    const pending = tracking.events.length === 0;
    return html`${error
        ? html`<p part="notice" class="notice" role="status">
            ${fill(m.staleNotice, {time: formatClock(this.loadedAt, this.locale)})}
          </p>`
        : nothing}
      ${this.renderOverview(tracking)} ${this.renderProgress(tracking)}
      <div class="details">${this.renderRoute(tracking)} ${this.renderCarrier(tracking)}</div>
      <div class="log-area">
        ${pending ? nothing : this.renderTimeline(tracking)}
        ${this.renderCainiao(tracking)}
      </div>
      <div class="actions">
        <button part="copy-button" class="button" @click=${() => this.copy(copyText(tracking, m, this.locale), 'details')}>
          ${this.copiedPart === 'details' ? m.copied : m.copyDetails}
        </button>
      </div>`;
  }

  private renderOverview(tracking: Tracking) {
    const m = this.messages;
    const transit = transitText(tracking, m, this.locale);
    const eta = !tracking.delivered && tracking.estimatedDelivery;
    return html`<div part="overview" class="overview">
      <p part="status" class="status" data-status=${tracking.status}>${m.status[tracking.status]}</p>
      ${transit ? html`<p class="transit">${transit}</p>` : nothing}
      ${eta ? html`<p class="eta">${m.estimatedDelivery}: <strong>${formatWindow(eta, this.locale)}</strong></p>` : nothing}
      <dl class="numbers">
        ${this.renderNumber(m.trackingNumber, tracking.trackingNumber, 'tracking-number',
          cainiaoTrackingUrl(tracking.trackingNumber), 'CAINIAO')}
        ${tracking.latestTrackingNumber
          ? this.renderNumber(m.latestTrackingNumber, tracking.latestTrackingNumber, 'latest-tracking-number',
              carrierTrackingUrl(tracking.carrier, tracking.latestTrackingNumber), tracking.carrier?.name, m.latest)
          : nothing}
      </dl>
      ${tracking.events.length ? nothing : this.renderMessage(m.pendingTitle, m.pendingBody)}
    </div>`;
  }

  private renderNumber(label: string, number: string, part: string, url: string | undefined, site?: string, badge?: string) {
    const m = this.messages;
    return html`<div class="number-row">
      <dt>${badge ? html`<span class="badge">${badge}</span> ` : nothing}${label}</dt>
      <dd>
        <span part=${part} class="number" dir="ltr">${number}</span>
        ${this.renderCopyNumber(number, part)}
        ${url && site ? html`<a class="track-link" href=${url} target="_blank" rel="noopener noreferrer">${fill(m.trackOn, {carrier: site})}</a>` : nothing}
      </dd>
    </div>`;
  }

  private renderCopyNumber(number: string, key: string) {
    const m = this.messages;
    return html`<button part="copy-number-button" class="icon-button" aria-label=${fill(m.copyNumber, {number})}
      @click=${() => this.copy(number, key)}>${this.copiedPart === key ? m.copied : m.copy}</button>`;
  }

  private renderProgress(tracking: Tracking | undefined) {
    const m = this.messages;
    const states = stepStates(tracking?.stage, tracking?.delivered ?? false);
    const shown = this.chosenStage ?? tracking?.stage;
    return html`<div class="progress-area">
      <ol part="progress" class="progress" aria-label=${m.progress}>
        ${STAGES.map((stage) => html`<li part="stage" class="step" data-stage=${stage} data-state=${states[stage]}
            aria-current=${tracking?.stage === stage ? 'step' : nothing}>
            <button class="step-button" aria-label=${fill(m.stageStep, {stage, label: m.stageLabel[stage]})}
              aria-pressed=${shown === stage ? 'true' : 'false'} aria-controls="stage-description"
              ?disabled=${!tracking} @click=${() => (this.chosenStage = stage)}>
              <span class="dot" aria-hidden="true">${stage}</span>
              <span class="step-label" aria-hidden="true">${m.stageLabel[stage]}</span>
            </button>
          </li>`)}
      </ol>
      <p part="stage-description" id="stage-description" class="stage-description ${shown ? '' : 'empty'}" aria-live="polite">
        ${shown ? html`<strong>${m.stageLabel[shown]}.</strong> ${m.stageMeaning[shown]}` : nothing}
      </p>
    </div>`;
  }

  private renderRoute(tracking: Tracking) {
    const m = this.messages;
    const places = [
      [m.origin, tracking.origin],
      [m.destination, tracking.destination],
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

  private renderCarrier(tracking: Tracking) {
    const {carrier, latestTrackingNumber} = tracking;
    if (!carrier) return nothing;
    const m = this.messages;
    const phone = cleanPhone(carrier.phone);
    const link = carrierTrackingUrl(carrier, latestTrackingNumber ?? tracking.trackingNumber);
    const number = latestTrackingNumber ?? tracking.trackingNumber;
    return html`<section part="carrier" class="carrier" aria-label=${m.localCarrier}>
      <h3 class="heading">${m.localCarrier}</h3>
      <p class="carrier-name"><bdi>${carrier.name}</bdi></p>
      ${phone
        ? html`<p><a part="carrier-phone" href=${telHref(phone)} aria-label=${`${fill(m.call, {carrier: carrier.name})}: ${phone}`} dir="ltr">${phone}</a></p>`
        : nothing}
      ${link
        ? html`<p><a part="carrier-link" class="button link-button" href=${link} target="_blank" rel="noopener noreferrer">${fill(m.trackOn, {carrier: carrier.name})}</a></p>`
        : html`<p class="hint">${fill(m.trackYourself, {carrier: carrier.name})}</p>
            <p class="copy-line"><span class="number" dir="ltr">${number}</span> ${this.renderCopyNumber(number, 'carrier-number')}</p>`}
      ${carrier.homepage
        ? html`<p><a part="carrier-website" href=${carrier.homepage} target="_blank" rel="noopener noreferrer">${fill(m.carrierWebsite, {carrier: carrier.name})}</a></p>`
        : nothing}
    </section>`;
  }

  private renderTimeline(tracking: Tracking) {
    const m = this.messages;
    return html`<section class="history" aria-label=${m.history}>
      <h3 class="heading">${m.history}</h3>
      ${this.timeline(tracking)}
    </section>`;
  }

  /** The log for this tracking and language, built once: other re-renders (e.g. "Copied") leave it alone. */
  private timeline(tracking: Tracking): HTMLOListElement {
    const cached = this.timelineCache;
    if (cached?.tracking === tracking && cached.messages === this.messages) return cached.list;
    const twoNumbers = !!tracking.latestTrackingNumber;
    const list = buildTimeline(tracking.events, {
      eventTime: eventTimeFormatter(this.locale, spansZones(tracking)),
      numberTag: (event) => (twoNumbers ? this.numberTag(event, tracking) : undefined),
    });
    this.timelineCache = {tracking, messages: this.messages, list};
    return list;
  }

  private numberTag(event: TrackingEvent, tracking: Tracking) {
    if (!event.trackingNumber) return undefined;
    if (event.trackingNumber === tracking.latestTrackingNumber) return this.messages.eventOfLatest;
    return event.trackingNumber === tracking.trackingNumber ? this.messages.eventOfOriginal : undefined;
  }

  private renderCainiao(tracking: Tracking) {
    const m = this.messages;
    const url = cainiaoTrackingUrl(tracking.trackingNumber, this.cainiaoUrl || undefined, document.baseURI);
    if (!url) return nothing;
    return html`<aside class="cainiao-area">
      <a part="cainiao" class="cainiao" href=${url} target="_blank" rel="noopener noreferrer">
        <slot name="logo">${cainiaoLogo}</slot>
        <span class="visually-hidden">${m.cainiaoLink}.</span>
        <span class="cainiao-hint">${m.cainiaoHint}</span>
      </a>
    </aside>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'order-tracker': OrderTracker;
  }
  interface HTMLElementEventMap {
    'order-tracker-load': CustomEvent<OrderTrackerLoadDetail>;
    'order-tracker-error': CustomEvent<OrderTrackerErrorDetail>;
    'order-tracker-copy': CustomEvent<OrderTrackerCopyDetail>;
  }
}
