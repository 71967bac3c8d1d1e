import {LitElement, adoptStyles, html, isServer, nothing, type PropertyValues} from 'lit';
import {property, state} from 'lit/decorators.js';
import {Task, TaskStatus} from '@lit/task';
import type {FormatChoice} from '../tracking/adapters/read-tracking.js';
import {fetchTrackingJson} from '../net/fetch-tracking.js';
import {isRightToLeft, loadMessages, matchLocale, requestedLanguages, type Locale} from '../i18n/locale.js';
import {en, fill, type Messages} from '../i18n/messages.js';
import {fillTemplate} from '../net/url-template.js';
import {STAGES, type Stage, type Tracking} from '../tracking/model/tracking.js';
import {orderTrackerStyles} from './order-tracker.styles.js';
import {refreshPeriod} from '../net/refresh-schedule.js';
import {RefreshController} from './refresh-controller.js';
import {stepStates} from '../tracking/stages/step-states.js';
import {TrackingError, type TrackingErrorKind} from '../tracking/tracking-error.js';
import type {ViewContext} from '../views/tracking-view.js';

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

type View = typeof import('../views/tracking-view.js');

/** The reading and loaded-state views, loaded once for all elements when the first one connects. */
let view: View | undefined;
let viewLoading: Promise<View> | undefined;
const loadView = () =>
  (viewLoading ??= import('../views/tracking-view.js').then(
    (module) => (view = module),
    () => {
      viewLoading = undefined; // a failed download is tried again next time
      throw new TrackingError('network', 'The tracking view could not be loaded.');
    },
  ));

/**
 * Shows a customer where their parcel is: status, both tracking numbers, the A–H progress,
 * route, event log, local carrier and a CAINIAO link, from any supported tracking JSON.
 *
 * @summary Embeddable parcel tracking for CAINIAO, AfterShip, 17TRACK or native JSON.
 *
 * @fires {CustomEvent<OrderTrackerLoadDetail>} order-tracker-load - New tracking data is shown. `detail: {tracking}`, the normalized tracking.
 * @fires {CustomEvent<OrderTrackerErrorDetail>} order-tracker-error - A fetch or parse failed. `detail: {error, kind}`, kind `network` `timeout` `http` `not-found` `invalid`.
 * @fires {CustomEvent<OrderTrackerCopyDetail>} order-tracker-copy - Details or a single number were copied. `detail: {text}`.
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
  @property() override lang = '';

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
  // Server rendering has no DOM to watch (README "Server rendering").
  private readonly langObserver = isServer ? undefined : new MutationObserver(() => this.updateLocale());
  private copiedTimer?: ReturnType<typeof setTimeout>;
  private viewStyled = false;
  private interrupted = false;

  /**
   * Fetches `src`. Run only when there is something to fetch (a run re-renders as it starts
   * and ends); `data` is read synchronously instead (see `readData`), in one render.
   */
  private readonly loader = new Task(this, {
    autoRun: false,
    args: () => [this.trackingNumber.trim(), this.src, this.format] as const,
    task: async ([number, src, format], {signal}) => {
      const [json, {readTracking}] = await Promise.all([
        fetchTrackingJson(fillTemplate(src, number), signal),
        loadView(),
      ]);
      signal.throwIfAborted(); // aborted after the answer came: another parcel, data given, or removed
      return readTracking(json, format, number);
    },
    onComplete: (tracking) => this.show(tracking),
    onError: (error) => this.fail(error),
  });

  /** Fetches the tracking again at once; resolves when it is shown (or has failed). */
  async refreshNow(): Promise<void> {
    if (this.data != null) await this.readData();
    else if (!this.standby()) await this.loader.run();
    await this.updateComplete;
  }

  override connectedCallback() {
    super.connectedCallback();
    void loadView();
    this.langObserver?.observe(document.documentElement, {attributes: true, attributeFilter: ['lang'], subtree: true});
    this.updateLocale();
    if (this.interrupted) {
      this.interrupted = false;
      void this.loader.run();
    }
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.langObserver?.disconnect();
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
      if (this.data != null) void this.readData();
      else if (this.standby()) this.interrupted = false;
      else if (this.isConnected) void this.loader.run();
      else this.interrupted = true; // off the page: fetch when added again
    } else if (changed.has('refresh') && this.tracking) {
      this.planRefresh(true); // a new period applies from now on, not only after the next load
    }
    if (changed.has('lang')) this.updateLocale();
    // The loaded-state styles come with the view; adopt them before its first render.
    if (view && !this.viewStyled) {
      adoptStyles(this.renderRoot as ShadowRoot, [...OrderTracker.elementStyles, view.trackingViewStyles]);
      this.viewStyled = true;
    }
  }

  protected override updated(changed: PropertyValues<this>) {
    const {tracking} = this;
    if (tracking && changed.has('tracking' as keyof OrderTracker)) {
      this.emit<OrderTrackerLoadDetail>('order-tracker-load', {tracking});
    }
  }

  /** Reads `data` at once when the reader is at hand (one render), else as soon as it is. */
  private async readData(): Promise<void> {
    if (!view) {
      try {
        await loadView();
      } catch (error) {
        return this.fail(error);
      }
      if (this.data != null && !this.tracking && !this.error) return this.readData();
      return;
    }
    try {
      this.show(view.readTracking(this.data, this.format, this.trackingNumber.trim()));
    } catch (error) {
      this.fail(error);
    }
  }

  private async updateLocale() {
    const locale = this.requestedLocale();
    if (locale === this.locale) return; // its messages are the ones shown
    const messages = await loadMessages(locale);
    if (this.requestedLocale() !== locale) return; // a newer choice won
    this.locale = locale;
    this.messages = messages;
  }

  /** The element's own `lang` (attribute or property), else its ancestors', the document's, the browser's. */
  private requestedLocale(): Locale {
    const own = this.lang?.trim();
    return matchLocale(own ? [own] : isServer ? [] : requestedLanguages(this));
  }

  private show(tracking: Tracking) {
    this.error = undefined;
    this.tracking = tracking;
    this.loadedAt = Date.now();
    this.planRefresh(true);
  }

  private fail(reason: unknown) {
    if (reason instanceof DOMException && reason.name === 'AbortError') return;
    const error =
      reason instanceof TrackingError ? reason : new TrackingError('invalid', 'The tracking data could not be read.');
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
    this.announcement = ''; // emptied first, so the same words are announced again
    const copied = await (await loadView()).copyToClipboard(text);
    this.copiedPart = copied ? part : undefined;
    this.announcement = copied ? this.messages.copied : this.messages.copyFailed;
    clearTimeout(this.copiedTimer);
    // "Copied" goes after a moment; a failure stays in view until the next try.
    this.copiedTimer = setTimeout(() => {
      this.copiedPart = undefined;
      if (copied) this.announcement = '';
    }, COPIED_MS);
    if (copied) this.emit<OrderTrackerCopyDetail>('order-tracker-copy', {text});
  }

  protected override render() {
    try {
      return html`<div class="frame">
        <div class="card" dir=${isRightToLeft(this.locale) ? 'rtl' : 'ltr'} lang=${this.locale}>
          ${this.renderBody()}
          <p class=${this.announcement && !this.copiedPart ? 'copy-failed' : 'visually-hidden'} role="status">${this.announcement}</p>
        </div>
      </div>`;
    } catch {
      // Last line of defence: a customer sees a message, the shop's page sees no error.
      return html`<div class="frame"><div class="card">${this.renderMessage(this.messages.invalid, undefined, true)}</div></div>`;
    }
  }

  private renderBody() {
    const m = this.messages;
    const {tracking, error} = this;
    if (tracking && view) return view.renderTracking(tracking, this.viewContext());
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
      const number = this.trackingNumber.trim() || error.trackingNumber || '';
      return this.renderMessage(fill(m.notFound, {number}), m.notFoundHint, true);
    }
    const text = error.kind === 'http' ? fill(m.http, {status: error.status ?? ''}) : m[error.kind];
    return this.renderMessage(m.errorTitle, text, true);
  }

  private renderMessage(title: string, body?: string, retry = false) {
    return html`<div part="message" class="message" role=${retry ? 'alert' : nothing}>
      <p class="message-title">${title}</p>
      ${body ? html`<p class="message-body">${body}</p>` : nothing}
      ${
        retry
          ? html`<button part="retry-button" class="button" @click=${() => this.refreshNow()}>${this.messages.retry}</button>`
          : nothing
      }
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

  private viewContext(): ViewContext {
    return {
      messages: this.messages,
      locale: this.locale,
      cainiaoUrl: this.cainiaoUrl,
      copiedPart: this.copiedPart,
      loadedAt: this.loadedAt,
      stale: !!this.error,
      copy: (text, part) => void this.copy(text, part),
      progress: (tracking) => this.renderProgress(tracking),
      message: (title, body) => this.renderMessage(title, body),
    };
  }

  private renderProgress(tracking: Tracking | undefined) {
    const m = this.messages;
    const states = stepStates(tracking?.stage, tracking?.delivered ?? false);
    const shown = this.chosenStage ?? tracking?.stage;
    return html`<div class="progress-area">
      <ol part="progress" class="progress" aria-label=${m.progress}>
        ${STAGES.map(
          (stage) => html`<li part="stage" class="step" data-stage=${stage} data-state=${states[stage]}
            aria-current=${tracking?.stage === stage ? 'step' : nothing}>
            <button class="step-button" aria-label=${fill(m.stageStep, {stage, label: m.stageLabel[stage]})}
              aria-pressed=${shown === stage ? 'true' : 'false'} aria-controls="stage-description"
              ?disabled=${!tracking} @click=${() => (this.chosenStage = stage)}>
              <span class="dot" aria-hidden="true">${stage}</span>
              <span class="step-label" aria-hidden="true">${m.stageLabel[stage]}</span>
            </button>
          </li>`,
        )}
      </ol>
      <p part="stage-description" id="stage-description" class="stage-description ${shown ? '' : 'empty'}" aria-live="polite">
        ${shown ? html`<strong>${m.stageLabel[shown]}.</strong> ${m.stageMeaning[shown]}` : nothing}
      </p>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'order-tracker': OrderTracker;
  }
  // Inherited by HTMLElementEventMap, DocumentEventMap and WindowEventMap: typed everywhere they bubble.
  interface GlobalEventHandlersEventMap {
    'order-tracker-load': CustomEvent<OrderTrackerLoadDetail>;
    'order-tracker-error': CustomEvent<OrderTrackerErrorDetail>;
    'order-tracker-copy': CustomEvent<OrderTrackerCopyDetail>;
  }
}
