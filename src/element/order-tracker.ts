import {LitElement, html, nothing, type PropertyValues} from 'lit';
import {property, state} from 'lit/decorators.js';
import type {FormatChoice} from '../tracking/adapters/read-tracking.js';
import {fetchTrackingJson, RetryLaterError} from '../net/fetch-tracking.js';
import {isRightToLeft} from '../i18n/locale.js';
import type {Messages} from '../i18n/messages.js';
import {fill} from '../i18n/messages.js';
import {withOverrides, type StringOverrides} from '../i18n/overrides.js';
import {trackingRequest} from '../net/url-template.js';
import {refreshPeriod} from '../net/refresh-schedule.js';
import type {Stage, Tracking} from '../tracking/model/tracking.js';
import {TrackingError, type TrackingErrorKind} from '../tracking/tracking-error.js';
import {normalizeTrackingNumber, readTrackingNumber} from '../tracking/tracking-number.js';
import {renderErrorMessage} from '../views/error-message.js';
import {renderMessage, type Retry} from '../views/message.js';
import {renderSkeleton} from '../views/skeleton.js';
import type {CainiaoChoice, ViewActions, ViewState} from '../views/view-state.js';
import {CopyController} from './controllers/copy-controller.js';
import {FetchController} from './controllers/fetch-controller.js';
import {LazyViewController} from './controllers/lazy-view-controller.js';
import {LocaleController} from './controllers/locale-controller.js';
import {RefreshController} from './controllers/refresh-controller.js';
import {RetryController} from './controllers/retry-controller.js';
import {orderTrackerStyles} from './order-tracker.styles.js';
import {messageStyles} from '../views/message.styles.js';
import {progressStyles} from '../views/progress.styles.js';
import {skeletonStyles} from '../views/skeleton.styles.js';
import {trackingViewChunk} from './tracking-view-chunk.js';
import {sameTracking} from './same-tracking.js';

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

/** What the widget shows when it has no tracking to show (see docs/behaviour.md#faults). */
type Standby = 'no-number' | 'no-source';

/** The properties that name what is shown: a change means another parcel or source. */
const SOURCE: readonly PropertyKey[] = ['trackingNumber', 'src', 'data', 'format'];

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
 * @csspart status - The status heading, with `data-status`.
 * @csspart status-detail - The "when" line under it: delivered on, estimated delivery or last update.
 * @csspart tracking-number - The original tracking number.
 * @csspart latest-tracking-number - The latest (local carrier's) tracking number.
 * @csspart copy-number-button - A button that copies one tracking number.
 * @csspart progress - The `<ol>` of stages A–H.
 * @csspart stage - One stage step, with `data-stage` and `data-state`.
 * @csspart stage-description - The sentence explaining the current (or chosen) stage.
 * @csspart route - The route block.
 * @csspart timeline - The `<ol>` event log, newest first.
 * @csspart event - One event of the log.
 * @csspart history-toggle - The "Show all N updates" button under a shortened log, with `aria-expanded`.
 * @csspart carrier - The local carrier card.
 * @csspart carrier-link - The carrier's direct tracking link.
 * @csspart carrier-phone - The carrier's `tel:` link.
 * @csspart carrier-website - The carrier's homepage, when the data gives one.
 * @csspart cainiao - The CAINIAO block (a link).
 * @csspart copy-button - The Copy details button.
 * @csspart copy-fallback - The read-only box with the details, shown beside Copy details when copying failed.
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
  static override styles = [orderTrackerStyles, progressStyles, messageStyles, skeletonStyles];

  /** The original tracking number: normalized, and refused unless 5–50 letters, digits or `-` (docs/behaviour.md#numbers). */
  @property({attribute: 'tracking-number'}) trackingNumber = '';

  /** URL of the tracking JSON; `{trackingNumber}` is replaced by the URL-encoded number. */
  @property() src = '';

  /** Tracking JSON given directly, in any supported format; when set, nothing is fetched. */
  @property({attribute: false}) data?: unknown;

  /** Input format: `auto` (detected by shape), `native`, `cainiao`, `aftership` or `17track`. */
  @property() format: FormatChoice = 'auto';

  /** UI language (BCP 47); defaults to the nearest `[lang]` ancestor, the document's, then the browser's. */
  @property() override lang = '';

  /** Re-fetch period in seconds while not delivered (0 = off; 1–29 count as 30, above 86,400 as 86,400). */
  @property({type: Number}) refresh = 0;

  /** Where the CAINIAO block links; `{trackingNumber}` as in `src`; `http:`/`https:` only. */
  @property({attribute: 'cainiao-url'}) cainiaoUrl = '';

  /**
   * When the CAINIAO block shows: `auto` when the parcel travels with CAINIAO (CAINIAO data, a
   * CAINIAO or AliExpress carrier, or an `LP` + digits number), `always`, or `never`.
   */
  @property() cainiao: CainiaoChoice = 'auto';

  /** Level of the status heading, 1–6; section headings are one level below. */
  @property({attribute: 'heading-level', type: Number}) headingLevel = 2;

  /** Events shown before "Show all N updates"; `0` shows them all. */
  @property({attribute: 'history-limit', type: Number}) historyLimit = 5;

  /**
   * Text overrides keyed by language (`{en: {status: {in_transit: "On its way"}}, "*": {…}}`), each
   * a part of the catalogue merged over the built-in strings; a locale ("pt-BR") wins over its
   * language ("pt"), which wins over `"*"`. Assign a new object to change them.
   */
  @property({attribute: false}) strings?: StringOverrides;

  @state() private tracking?: Tracking;
  @state() private error?: TrackingError;
  @state() private loadedAt = 0;
  @state() private chosenStage?: Stage;
  @state() private historyExpanded = false;

  private readonly localization = new LocaleController(this, () => this.lang ?? '');
  private readonly views = new LazyViewController(this, trackingViewChunk, (chunk) => [
    ...OrderTracker.elementStyles,
    ...chunk.trackingViewStyles,
    chunk.copyFallbackStyles,
  ]);
  private readonly copier = new CopyController(
    this,
    () => this.messages(),
    (text) => this.emit<OrderTrackerCopyDetail>('order-tracker-copy', {text}),
  );
  private readonly refresher = new RefreshController(this, () => void this.fetcher.run());
  private readonly retrier = new RetryController(
    this,
    () => this.refreshNow(),
    () => this.renderRoot.querySelector<HTMLElement>('[part~="status"]'),
  );

  /**
   * Fetches `src`, with the view chunk beside it. Run only when there is something to fetch (a
   * run re-renders as it starts and ends); `data` is read synchronously instead (see `readData`).
   */
  private readonly fetcher = new FetchController(
    this,
    async (signal) => {
      const {number, url} = trackingRequest(this.src, this.trackingNumber); // a refused number sends nothing
      const {format} = this;
      // Without the view nothing can be shown: its failure to load stops the request too.
      const viewFailed = new AbortController();
      const view = this.views.load().catch((error: unknown) => {
        viewFailed.abort(error);
        throw error;
      });
      const request = fetchTrackingJson(url, AbortSignal.any([signal, viewFailed.signal]));
      const [json, {readTracking}] = await Promise.all([request, view]);
      signal.throwIfAborted(); // aborted after the answer came: another parcel, data given, or removed
      return readTracking(json, format, number);
    },
    {onComplete: (tracking) => this.show(tracking), onError: (error) => this.fail(error)},
  );

  /** What the views may ask for. */
  private readonly actions: ViewActions = {
    chooseStage: (stage) => (this.chosenStage = stage),
    copy: (text, part, written) => void this.copier.copy(text, part, written),
    retry: () => void this.retrier.retry(),
    toggleHistory: () => (this.historyExpanded = !this.historyExpanded),
  };

  /** Fetches the tracking again at once; resolves when the newest answer is shown (or has failed). */
  async refreshNow(): Promise<void> {
    if (this.data != null) await this.readData();
    else if (!this.standby()) await this.fetcher.run();
    await this.updateComplete;
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (SOURCE.some((key) => changed.has(key as keyof OrderTracker))) this.startOver();
    else if (changed.has('refresh') && this.tracking) this.planRefresh(true); // a new period applies from now on
    if (changed.has('lang')) void this.localization.resolve();
  }

  protected override updated(changed: PropertyValues<this>) {
    const {tracking} = this;
    if (tracking && changed.has('tracking' as keyof OrderTracker)) {
      this.emit<OrderTrackerLoadDetail>('order-tracker-load', {tracking});
    }
  }

  /** Another parcel or source: never keep showing the previous one. */
  private startOver() {
    this.tracking = undefined;
    this.error = undefined;
    this.chosenStage = undefined;
    this.historyExpanded = false;
    this.refresher.stop();
    this.fetcher.cancel();
    if (this.data != null) void this.readData();
    else if (!this.standby()) void this.fetcher.run();
  }

  /** Reads `data` at once when the reader is at hand (one render), else as soon as it is. */
  private async readData(): Promise<void> {
    const chunk = this.views.module;
    if (!chunk) {
      const {data} = this;
      try {
        await this.views.load();
      } catch (error) {
        return this.fail(error);
      }
      // Other data meanwhile has started its own read.
      if (this.data === data) return this.readData();
      return;
    }
    try {
      this.show(chunk.readTracking(this.data, this.format, normalizeTrackingNumber(this.trackingNumber)));
    } catch (error) {
      this.fail(error);
    }
  }

  private show(tracking: Tracking) {
    this.error = undefined;
    // The same again (a refresh): keep the tracking shown, so nothing is rebuilt or fired.
    if (!this.tracking || !sameTracking(this.tracking, tracking)) this.tracking = tracking;
    this.loadedAt = Date.now();
    this.planRefresh(true);
  }

  private fail(reason: unknown) {
    if (reason instanceof DOMException && reason.name === 'AbortError') return;
    const error =
      reason instanceof TrackingError ? reason : new TrackingError('invalid', 'The tracking data could not be read.');
    this.error = error;
    this.emit<OrderTrackerErrorDetail>('order-tracker-error', {error, kind: error.kind});
    if (error instanceof RetryLaterError) this.refresher.holdUntil(error.retryAt);
    this.planRefresh(false);
  }

  private planRefresh(succeeded: boolean) {
    const fetched = this.data == null && !!this.src && readTrackingNumber(this.trackingNumber).ok;
    const period = fetched && !this.tracking?.delivered ? refreshPeriod(this.refresh) : 0;
    this.refresher.schedule(period, succeeded);
  }

  private emit<T>(type: string, detail: T) {
    this.dispatchEvent(new CustomEvent<T>(type, {detail, bubbles: true, composed: true}));
  }

  private standby(): Standby | undefined {
    if (this.data != null) return undefined;
    if (!normalizeTrackingNumber(this.trackingNumber)) return 'no-number';
    return this.src ? undefined : 'no-source';
  }

  private retry(): Retry {
    const {busy} = this.retrier;
    const m = this.messages();
    return {label: busy ? m.retrying : m.retry, run: this.actions.retry, busy};
  }

  /** The catalogue of the language shown, with the shop's `strings` over it. */
  private messages(): Messages {
    const {locale, messages} = this.localization;
    return withOverrides(messages, this.strings, locale);
  }

  private viewState(): ViewState {
    const {locale} = this.localization;
    const limit = Number(this.historyLimit);
    return {
      messages: this.messages(),
      locale,
      chosenStage: this.chosenStage,
      cainiaoUrl: this.cainiaoUrl,
      cainiao: this.cainiao,
      headingLevel: Number(this.headingLevel),
      historyLimit: Number.isFinite(limit) ? Math.max(0, Math.floor(limit)) : 5,
      historyExpanded: this.historyExpanded,
      copiedPart: this.copier.copiedPart,
      copyFailure: this.copier.failure,
      loadedAt: this.loadedAt,
      stale: !!this.error,
      nextTryAt: this.error ? this.refresher.plannedAt : 0,
    };
  }

  protected override render() {
    const {locale} = this.localization;
    const m = this.messages();
    const {announcement} = this.copier;
    // One landmark per tracker, named by its number (README "Layout").
    const number = this.tracking?.trackingNumber ?? this.trackingNumber.trim();
    try {
      return html`<div class="frame">
        <div class="card" dir=${isRightToLeft(locale) ? 'rtl' : 'ltr'} lang=${locale}
          role=${number ? 'region' : nothing} aria-label=${number ? fill(m.regionName, {number}) : nothing}>
          ${this.renderBody()}
          <p class="visually-hidden" role="status">${announcement}</p>
        </div>
      </div>`;
    } catch {
      // Last line of defence: a customer sees a message, the shop's page sees no error.

      return html`<div class="frame"><div class="card">${renderMessage(m.invalid, undefined, this.retry())}</div></div>`;
    }
  }

  private renderBody() {
    const state = this.viewState();
    const m = state.messages;
    const chunk = this.views.module;
    const {tracking, error} = this;
    if (tracking && chunk) return chunk.renderTracking(tracking, state, this.actions);
    if (error) {
      const context = {messages: m, trackingNumber: normalizeTrackingNumber(this.trackingNumber)};
      return renderErrorMessage(error, {...context, fileMissing: this.views.missing}, this.retry());
    }
    const standby = this.standby();
    if (standby) return renderMessage(standby === 'no-number' ? m.noNumber : m.noSource);
    return renderSkeleton(state, this.actions);
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
