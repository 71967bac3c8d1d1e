import {LitElement, html, isServer, nothing, type PropertyValues} from 'lit';
import type {FormatChoice} from '../tracking/adapters/formats.js';
import {fetchTracking} from '../net/fetch-tracking.js';
import type {RetryLaterError} from '../net/read-tracking-response.js';
import {isRightToLeft} from '../i18n/locale.js';
import type {Messages} from '../i18n/messages.js';
import {fill} from '../i18n/messages.js';
import {withOverrides, type StringOverrides} from '../i18n/overrides.js';
import {trackingRequest} from '../net/url-template.js';
import {refreshPeriod} from '../net/refresh-schedule.js';
import type {Stage, Tracking} from '../tracking/model/tracking.js';
import {asTrackingError, type TrackingError} from '../tracking/tracking-error.js';
import {normalizeTrackingNumber, readTrackingNumber, splitTrackingNumbers} from '../tracking/tracking-number.js';
import {renderErrorMessage} from '../views/error-message.js';
import {renderMessage, retryWith} from '../views/message.js';
import {renderSkeleton} from '../views/skeleton.js';
import type {CainiaoChoice, ViewActions, ViewState} from '../views/view-state.js';
import type {CopyController} from './controllers/copy-controller.js';
import {FetchController} from './controllers/fetch-controller.js';
import {LazyViewController} from './controllers/lazy-view-controller.js';
import {LocaleController} from './controllers/locale-controller.js';
import type {LookupController, LookupDetail} from './controllers/lookup-controller.js';
import type {TrackingParcels} from './controllers/tracking-parcels.js';
import type {RefreshController} from './controllers/refresh-controller.js';
import {RetryController} from './controllers/retry-controller.js';
import {orderTrackerStyles} from './order-tracker.styles.js';
import {messageStyles} from '../views/message.styles.js';
import {progressStyles} from '../views/progress.styles.js';
import {skeletonStyles} from '../views/skeleton.styles.js';
import {moreReadersChunk, trackingViewChunk} from './tracking-view-chunk.js';
import {trackPageChunk} from './track-page-chunk.js';
import {sameTracking} from './same-tracking.js';
import {nextTask} from './next-task.js';
import {emit, emitError, type OrderTrackerErrorDetail, type OrderTrackerLoadDetail} from './emit.js';

export type {OrderTrackerErrorDetail, OrderTrackerLoadDetail};
export interface OrderTrackerCopyDetail {
  text: string;
}
/** What the customer looked up: the numbers, or the order number (never the email). */
export type OrderTrackerLookupDetail = LookupDetail;

/** What the widget shows when it has no tracking to show (see docs/behaviour.md#faults). */
type Standby = 'no-number' | 'no-source';

/** The properties that name what is shown: a change means another parcel or source. */
const SOURCE: readonly PropertyKey[] = ['trackingNumber', 'src', 'data', 'format', 'lookedUp'];

/**
 * Shows a customer where their parcel is: status, both tracking numbers, the A–H progress,
 * route, event log, local carrier and a CAINIAO link, from any supported tracking JSON.
 *
 * @summary Embeddable parcel tracking for CAINIAO, AfterShip, 17TRACK or native JSON.
 *
 * @fires {CustomEvent<OrderTrackerLoadDetail>} order-tracker-load - New tracking data is shown. `detail: {tracking}`, the normalized tracking.
 * @fires {CustomEvent<OrderTrackerErrorDetail>} order-tracker-error - A fetch or parse failed. `detail: {error, kind}`, kind `network` `timeout` `http` `not-found` `invalid`.
 * @fires {CustomEvent<OrderTrackerCopyDetail>} order-tracker-copy - Details or a single number were copied. `detail: {text}`.
 * @fires {CustomEvent<OrderTrackerLookupDetail>} order-tracker-lookup - The customer submitted the lookup form. `detail: {trackingNumbers}` or `{order}`, never the email.
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
 * @csspart lookup - The lookup `<form>`, when `src` is set and there is no number.
 * @csspart lookup-input - The lookup form's tracking number field.
 * @csspart lookup-button - The lookup form's submit button.
 * @csspart lookup-error - The lookup form's inline error, the description of its fields.
 * @csspart lookup-order - The order number field (with `order-src`).
 * @csspart lookup-email - The email field (with `order-src`).
 * @csspart parcels - The parcel switcher, a tablist, when there are several parcels.
 * @csspart parcel-tab - One parcel's tab, with `aria-selected`.
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

  /**
   * The reactive properties (README "API"), without decorators: fewer bytes. Lit gives `state`
   * no attribute by itself; `attribute: false` beside it keeps the manifest analyzer from listing one.
   */
  static override properties = {
    trackingNumber: {attribute: 'tracking-number'},
    src: {},
    data: {attribute: false},
    format: {},
    lang: {},
    refresh: {type: Number},
    cainiaoUrl: {attribute: 'cainiao-url'},
    cainiao: {},
    headingLevel: {attribute: 'heading-level', type: Number},
    historyLimit: {attribute: 'history-limit', type: Number},
    strings: {attribute: false},
    urlParam: {attribute: 'url-param'},
    orderSrc: {attribute: 'order-src'},
    tracking: {state: true, attribute: false},
    error: {state: true, attribute: false},
    loadedAt: {state: true, attribute: false},
    chosenStage: {state: true, attribute: false},
    historyExpanded: {state: true, attribute: false},
    lookedUp: {state: true, attribute: false},
  };

  /**
   * The original tracking number, or several separated by commas or new lines: each normalized,
   * and refused unless 5–50 letters, digits or `-` (docs/behaviour.md#numbers).
   */
  trackingNumber = '';

  /** URL of the tracking JSON; `{trackingNumber}` is replaced by the URL-encoded number. */
  src = '';

  /** Tracking JSON given directly, in any supported format (an array for several parcels); when set, nothing is fetched. */
  data?: unknown;

  /** Input format: `auto` (detected by shape), `native`, `cainiao`, `aftership` or `17track`. */
  format: FormatChoice = 'auto';

  /** UI language (BCP 47); defaults to the nearest `[lang]` ancestor, the document's, then the browser's. */
  override lang = '';

  /** Re-fetch period in seconds while not delivered (0 = off; 1–29 count as 30, above 86,400 as 86,400). */
  refresh = 0;

  /** Where the CAINIAO block links; `{trackingNumber}` as in `src`; `http:`/`https:` only. */
  cainiaoUrl = '';

  /**
   * When the CAINIAO block shows: `auto` when the parcel travels with CAINIAO (CAINIAO data, a
   * CAINIAO or AliExpress carrier, or an `LP` + digits number), `always`, or `never`.
   */
  cainiao: CainiaoChoice = 'auto';

  /** Level of the status heading, 1–6; section headings are one level below. */
  headingLevel = 2;

  /** Events shown before "Show all N updates"; `0` shows them all. */
  historyLimit = 5;

  /**
   * Text overrides keyed by language (`{en: {status: {in_transit: "On its way"}}, "*": {…}}`), each
   * a part of the catalogue merged over the built-in strings; a locale ("pt-BR") wins over its
   * language ("pt"), which wins over `"*"`. Assign a new object to change them.
   */
  strings?: StringOverrides;

  /** The page-URL query parameter that gives the number(s) when `tracking-number` is empty, and that a lookup writes back. */
  urlParam = '';

  /** The shop's order-lookup endpoint: offers "order number + email" in the lookup form. */
  orderSrc = '';

  // Internal state is `#private` (the minifier shortens those names) but for the reactive state,
  // which Lit must see as properties.
  private tracking?: Tracking;
  private error?: TrackingError;
  private loadedAt = 0;
  private chosenStage?: Stage;
  private historyExpanded = false;
  /** The numbers of the last lookup (typed, an order's, the page URL's), once the element took them. */
  private lookedUp: readonly string[] = [];
  /** The lookup form's state, and several parcels' machinery: each comes with the track-page chunk. */
  #lookup?: LookupController;
  #parcels?: TrackingParcels;
  /** Counts the starts over: parcels asked for before the latest start are dropped. */
  #generation = 0;

  readonly #localization = new LocaleController(this, () => this.lang ?? '');
  readonly #views = new LazyViewController(this, trackingViewChunk, () => this.#allStyles());
  readonly #page = new LazyViewController(this, trackPageChunk, () => this.#allStyles(), false);
  readonly #moreReaders = new LazyViewController(this, moreReadersChunk, undefined, false);
  /** The copy buttons' feedback: comes with the view chunk, made at the first copy (only a loaded view copies). */
  #copier?: CopyController;
  /** Plans the next fetch: comes with the view chunk, made at the first plan (nothing is refreshed that no view could show). */
  #refresher?: RefreshController;
  readonly #retrier = new RetryController(
    this,
    () => this.refreshNow(),
    () => this.#statusHeading(),
  );

  /**
   * Fetches `src`, with the view chunk beside it. Run only when there is something to fetch (a
   * run re-renders as it starts and ends); `data` is read synchronously instead (see `readData`).
   */
  readonly #fetcher = new FetchController(this, (signal) => this.#load(this.#numbers()[0] ?? '', signal), {
    onComplete: (tracking) => this.#show(tracking),
    onError: (error) => this.#fail(error),
  });

  /** Fetches and reads one parcel's tracking, with the view chunk beside it; a refused number sends nothing. */
  async #load(typed: string, signal: AbortSignal): Promise<Tracking> {
    const {number, url} = trackingRequest(this.src, typed);
    const {format} = this;
    // Without the view nothing can be shown: its failure to load stops the request too.
    const viewFailed = new AbortController();
    const view = this.#views.load().catch((error: unknown) => {
      viewFailed.abort(error);
      throw error;
    });
    const request = fetchTracking(url, AbortSignal.any([signal, viewFailed.signal]), async (response) =>
      (await view).readTrackingResponse(response),
    );
    // A failed request is told once the view is there too, so its next try can be planned.
    request.catch(() => {});
    const chunk = await view;
    const json = await request;
    await this.#readersFor([json], chunk);
    signal.throwIfAborted(); // aborted after the answer came: another parcel, data given, or removed
    const tracking = this.#read(json, format, number);
    // Rendering it is a task of its own: two shorter tasks block the page less than one long one.
    await nextTask();
    signal.throwIfAborted(); // … or while it was being read
    return tracking;
  }

  /** Downloads AfterShip's and 17TRACK's readers when one of these payloads needs them and they are not here yet. */
  #readersFor(payloads: readonly unknown[], chunk: typeof trackingViewChunk.module & {}): Promise<unknown> | undefined {
    const needed = !this.#moreReaders.module && chunk.needsMoreReaders(payloads, this.format);
    return needed ? this.#moreReaders.load() : undefined;
  }

  /** Reads one payload with every reader at hand (the view chunk is). */
  #read(json: unknown, format: FormatChoice, number: string): Tracking {
    return this.#views.module!.readTracking(json, format, number, this.#moreReaders.module?.MORE_READERS);
  }

  /** What the views may ask for. */
  readonly #actions: ViewActions = {
    chooseStage: (stage) => (this.chosenStage = stage),
    copy: (text, part, written) =>
      void (this.#copier ??= new this.#views.module!.CopyController(
        this,
        () => this.#messages(),
        (copied) => emit<OrderTrackerCopyDetail>(this, 'order-tracker-copy', {text: copied}),
      )).copy(text, part, written),
    retry: () => void this.#retrier.retry(),
    toggleHistory: () => (this.historyExpanded = !this.historyExpanded),
  };

  /** Fetches the tracking (every parcel) again at once; resolves when the newest answer is shown (or has failed). */
  async refreshNow(): Promise<void> {
    if (isServer) return; // the server renders the loading state: no request, no view chunk
    if (this.data != null) await this.#readData();
    else if (this.#standby()) return;
    else if (this.#numbers().length < 2) await this.#fetcher.run();
    else await (this.#parcels?.parcels.length ? this.#parcels.refreshAll() : this.#trackSeveral());
    await this.updateComplete;
  }

  /**
   * Already in the page when it became an `<order-tracker>` (upgraded when the script defined
   * it): its first render waits for the next task, apart from the script's evaluation
   * (README "Performance"). An element the page creates renders at once.
   */
  readonly #upgraded = !isServer && this.isConnected;

  protected override async scheduleUpdate() {
    if (this.#upgraded && !this.hasUpdated) await nextTask();
    return super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (this.#lookingUp() && !this.#lookup && !this.#page.missing) this.#showLookup(); // after a miss, on Retry
    const lookedUp = this.#lookup?.numbers;
    if (lookedUp && lookedUp !== this.lookedUp) this.lookedUp = lookedUp;
    if (SOURCE.some((key) => changed.has(key as keyof OrderTracker))) this.#startOver();
    else if (changed.has('refresh')) {
      if (this.tracking) this.#planRefresh(true); // a new period applies from now on
      this.#parcels?.replan();
    }
    if (changed.has('lang')) void this.#localization.resolve();
  }

  protected override updated(changed: PropertyValues<this>) {
    const {tracking} = this;
    if (tracking && changed.has('tracking' as keyof OrderTracker)) {
      emit<OrderTrackerLoadDetail>(this, 'order-tracker-load', {tracking});
    }
  }

  /** Another parcel or source: never keep showing the previous one. */
  #startOver() {
    this.tracking = undefined;
    this.error = undefined;
    this.chosenStage = undefined;
    this.historyExpanded = false;
    this.#refresher?.stop();
    this.#fetcher.cancel();
    this.#parcels?.clear();
    this.#generation++;
    void this.refreshNow();
  }

  /** The numbers asked for: `tracking-number` (one, or several), else those of the last lookup. */
  #numbers(): readonly string[] {
    const own = splitTrackingNumbers(this.trackingNumber);
    return own.length ? own : this.lookedUp;
  }

  /** Whether the lookup form shows: a source to fetch from, and no number or data in the markup. */
  #lookingUp(): boolean {
    return !!this.src && this.data == null && !splitTrackingNumbers(this.trackingNumber).length;
  }

  /** Brings the track-page chunk (only for the form) with the form's state, which reads the page URL. */
  #showLookup() {
    if (isServer) return; // the server renders the standby message in its place
    this.#page.load().then(
      (chunk) => {
        this.#lookup ??= new chunk.LookupController(this);
        this.requestUpdate();
      },
      () => {},
    );
  }

  /**
   * Several parcels (README "Several parcels"), fetched, or read from `items` (`data` as an
   * array, whose readers `readData` has brought): their machinery comes with the track-page
   * chunk, their reading with the view chunk.
   */
  async #trackSeveral(items?: unknown[]): Promise<void> {
    const generation = this.#generation;
    try {
      const [, page] = await Promise.all([this.#views.load(), this.#page.load()]);
      if (generation !== this.#generation) return;
      const parcels = (this.#parcels ??= new page.TrackingParcels(
        this,
        (number, signal) => this.#load(number, signal),
        (number, tracking) => this.#refreshPeriodOf(number, tracking),
        () => this.#statusHeading(),
      ));
      if (items)
        parcels.readAll(items, this.format, this.#numbers(), (json, format, number) =>
          this.#read(json, format, number),
        );
      else await parcels.track(this.#numbers());
    } catch (error) {
      this.#fail(error);
    }
  }

  /** Reads `data` at once when its readers are at hand (one render), else as soon as they are. */
  async #readData(): Promise<void> {
    const chunk = this.#views.module;
    const {data, format} = this;
    const waiting = chunk ? this.#readersFor(Array.isArray(data) ? data : [data], chunk) : this.#views.load();
    if (waiting) {
      try {
        await waiting;
      } catch (error) {
        return this.#fail(error);
      }
      // Other data meanwhile has started its own read.
      if (this.data === data) return this.#readData();
      return;
    }
    try {
      // Several parcels: each item read on its own (holes included; a hostile array fails as a whole).
      if (Array.isArray(data) && data.length > 1) return this.#trackSeveral(Array.from(data));
      const number = normalizeTrackingNumber(this.#numbers()[0] ?? '');
      this.#show(this.#read(Array.isArray(data) ? data[0] : data, format, number));
    } catch (error) {
      this.#fail(error);
    }
  }

  #show(tracking: Tracking) {
    this.error = undefined;
    // The same again (a refresh): keep the tracking shown, so nothing is rebuilt or fired.
    if (!this.tracking || !sameTracking(this.tracking, tracking)) this.tracking = tracking;
    this.loadedAt = Date.now();
    this.#planRefresh(true);
  }

  #fail(reason: unknown) {
    if (reason instanceof DOMException && reason.name === 'AbortError') return;
    const error = asTrackingError(reason);
    this.error = error;
    emitError(this, error);
    this.#planRefresh(false, (error as Partial<RetryLaterError>).retryAt);
  }

  /** Plans the next fetch, not before `retryAt` (a `Retry-After`); without the view chunk (its file missing), none. */
  #planRefresh(succeeded: boolean, retryAt = 0) {
    const chunk = this.#views.module;
    if (!chunk) return;
    const refresher = (this.#refresher ??= new chunk.RefreshController(this, () => void this.#fetcher.run()));
    if (retryAt) refresher.holdUntil(retryAt);
    refresher.schedule(this.#refreshPeriodOf(this.#numbers()[0] ?? '', this.tracking), succeeded);
  }

  /** A parcel's refresh period (docs/behaviour.md#refresh): fetched, its number accepted, and not delivered. */
  #refreshPeriodOf(number: string, tracking: Tracking | undefined): number {
    const fetched = this.data == null && !!this.src && readTrackingNumber(number).ok;
    return fetched && !tracking?.delivered ? refreshPeriod(this.refresh) : 0;
  }

  #standby(): Standby | undefined {
    if (this.data != null) return undefined;
    if (!this.#numbers().length) return 'no-number';
    return this.src ? undefined : 'no-source';
  }

  #retry() {
    return retryWith(this.#retrier, this.#messages());
  }

  #statusHeading() {
    return this.renderRoot.querySelector<HTMLElement>('[part~="status"]');
  }

  /** Every style the shadow root needs: the element's, and each lazy chunk's once it is there. */
  #allStyles() {
    return [
      ...OrderTracker.elementStyles,
      ...(trackingViewChunk.module?.styles ?? []),
      ...(trackPageChunk.module?.styles ?? []),
    ];
  }

  /** The catalogue of the language shown, with the shop's `strings` over it. */
  #messages(): Messages {
    const {locale, messages} = this.#localization;
    return withOverrides(messages, this.strings, locale);
  }

  #viewState(): ViewState {
    const {locale} = this.#localization;
    const limit = Number(this.historyLimit);
    return {
      messages: this.#messages(),
      locale,
      chosenStage: this.chosenStage,
      cainiaoUrl: this.cainiaoUrl,
      cainiao: this.cainiao,
      headingLevel: Number(this.headingLevel),
      historyLimit: Number.isFinite(limit) ? Math.max(0, Math.floor(limit)) : 5,
      historyExpanded: this.historyExpanded,
      copiedPart: this.#copier?.copiedPart,
      copyFailure: this.#copier?.failure,
      loadedAt: this.loadedAt,
      stale: !!this.error,
      nextTryAt: (this.error && this.#refresher?.plannedAt) || 0,
    };
  }

  protected override render() {
    const {locale} = this.#localization;
    const m = this.#messages();
    const announcement = this.#copier?.announcement ?? '';
    // One landmark per tracker, named by its number, or by its parcels' (README "Layout").
    const parcels = this.#parcels?.parcels ?? [];
    const [first = '', ...more] = this.#numbers();
    const number = this.tracking?.trackingNumber ?? (more.length ? '' : first.trim());
    const name = parcels.length
      ? this.#page.module?.parcelsRegionName(parcels, m, locale)
      : number && fill(m.regionName, {number});
    try {
      return html`<div class="frame">
        <div class="card" dir=${isRightToLeft(locale) ? 'rtl' : 'ltr'} lang=${locale}
          role=${name ? 'region' : nothing} aria-label=${name || nothing}>
          ${this.#renderBody()}
          <p class="visually-hidden" role="status">${announcement}</p>
        </div>
      </div>`;
    } catch {
      // Last line of defence: a customer sees a message, the shop's page sees no error.

      return html`<div class="frame"><div class="card">${renderMessage(m.invalid, undefined, this.#retry())}</div></div>`;
    }
  }

  /**
   * The lookup form when it shows, the result below. Until its chunk is there (and on the
   * server) the standby message stands in; when the chunk cannot come, the missing-file message.
   */
  #renderBody() {
    const lookingUp = this.#lookingUp();
    const result = this.#renderResult(lookingUp);
    if (!lookingUp) return result;
    const page = this.#page.module;
    const m = this.#messages();
    const lookup = this.#lookup;
    const form =
      page && lookup
        ? page.renderLookupForm(m, lookup)
        : this.#page.missing
          ? renderMessage(m.errorTitle, m.missingFile, {label: m.retry, run: () => this.#showLookup()})
          : renderMessage(m.noNumber);
    return html`${form} ${result}`;
  }

  #renderResult(lookingUp: boolean) {
    const state = this.#viewState();
    const m = state.messages;
    const chunk = this.#views.module;
    const page = this.#page.module;
    const {tracking, error} = this;
    const parcels = this.#parcels;
    if (parcels?.parcels.length && chunk && page) return page.renderParcels(parcels, state, this.#actions, chunk);
    if (tracking && chunk) return chunk.renderTracking(tracking, state, this.#actions);
    if (error) {
      const context = {messages: m, trackingNumber: normalizeTrackingNumber(this.#numbers()[0] ?? '')};
      const fileMissing = this.#views.missing || this.#page.missing || this.#moreReaders.missing;
      return renderErrorMessage(error, {...context, fileMissing}, this.#retry());
    }
    const standby = this.#standby();
    if (standby === 'no-number' && lookingUp) return nothing;
    if (standby) return renderMessage(standby === 'no-number' ? m.noNumber : m.noSource);
    return renderSkeleton(state);
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
    'order-tracker-lookup': CustomEvent<OrderTrackerLookupDetail>;
  }
}
