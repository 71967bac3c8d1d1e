import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {FetchController} from './fetch-controller.js';
import {RefreshController} from './refresh-controller.js';

/** One parcel of several (README "Several parcels"): its number and what is known of it. */
export interface Parcel<T> {
  /** The number as given; the load normalizes (or refuses) it. */
  readonly number: string;
  /** The newest value shown (a tracking), kept when a later refresh fails. */
  value?: T;
  /** The newest failure, until a load succeeds. */
  error?: unknown;
  /** When `value` was loaded (ms since the epoch). */
  loadedAt: number;
  /** Whether a load is under way (or waiting for the host to be on the page). */
  loading: boolean;
  /** When its next refresh is planned (ms since the epoch), 0 for none. */
  readonly nextTryAt: number;
}

export interface ParcelsOptions<T> {
  /** Fetches one parcel; rejects with the abort reason when `signal` aborts. */
  load(number: string, signal: AbortSignal): Promise<T>;
  /** The refresh period of a parcel after a load, in ms; 0 for none (delivered, refused, off). */
  period(parcel: Parcel<T>): number;
  /** Whether a parcel is done for good (delivered): it is not the one selected first. */
  done(value: T): boolean;
  /** Whether a refresh brought nothing new: the shown value stays and no load is told. */
  same(shown: T, fresh: T): boolean;
  /** A parcel's new value is shown (told after the host's update, once per value). */
  onLoad(parcel: Parcel<T>): void;
  /** A parcel's load failed (an abort is not a failure). */
  onError(parcel: Parcel<T>, error: unknown): void;
}

/**
 * The host of one parcel's own fetch and refresh controllers: it follows the real host on and
 * off the page and asks it to render.
 */
class ParcelHost implements ReactiveControllerHost {
  connected = false;
  private readonly controllers = new Set<ReactiveController>();

  constructor(private readonly host: ReactiveControllerHost) {}

  get updateComplete() {
    return this.host.updateComplete;
  }

  addController(controller: ReactiveController) {
    this.controllers.add(controller);
    if (this.connected) controller.hostConnected?.();
  }

  removeController(controller: ReactiveController) {
    this.controllers.delete(controller);
  }

  requestUpdate() {
    this.host.requestUpdate();
  }

  setConnected(connected: boolean) {
    this.connected = connected;
    for (const controller of this.controllers) {
      if (connected) controller.hostConnected?.();
      else controller.hostDisconnected?.();
    }
  }
}

/** A parcel with the machinery that loads it: its own fetch (newest answer wins) and refresh plan. */
class TrackedParcel<T> implements Parcel<T> {
  value?: T;
  error?: unknown;
  loadedAt = 0;
  loading = false;
  readonly host: ParcelHost;
  readonly fetcher?: FetchController<T>;
  readonly refresher?: RefreshController;

  constructor(
    readonly number: string,
    host: ReactiveControllerHost,
    options: ParcelsOptions<T> | undefined,
    connected: boolean,
    private readonly settled: (parcel: TrackedParcel<T>, value: T | undefined, error?: unknown) => void,
  ) {
    this.host = new ParcelHost(host);
    this.host.connected = connected;
    if (!options) return; // given as data: nothing to fetch
    this.fetcher = new FetchController(this.host, (signal) => options.load(number, signal), {
      onComplete: (value) => this.settled(this, value),
      onError: (error) => this.settled(this, undefined, error),
    });
    this.refresher = new RefreshController(this.host, () => void this.run());
  }

  get nextTryAt(): number {
    return this.refresher?.plannedAt ?? 0;
  }

  run(): Promise<void> {
    if (!this.fetcher) return Promise.resolve();
    this.loading = true;
    this.host.requestUpdate();
    return this.fetcher.run();
  }

  /** Stops for good: the fetch aborted, the timer cleared, nothing resumes. */
  dispose() {
    this.fetcher?.cancel();
    this.refresher?.stop();
    if (this.host.connected) this.host.setConnected(false);
  }
}

const isAbort = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';

/**
 * Several parcels at once (README "Several parcels"): each with its own request, in parallel,
 * its own refresh plan (a delivered parcel stops), its failure kept to itself. Selects the
 * first parcel not yet delivered until the customer chooses one, or every parcel has answered.
 */
export class ParcelsController<T> implements ReactiveController {
  private list: TrackedParcel<T>[] = [];
  private chosen?: number;
  private connected = false;
  /** Parcels whose new value is to be told once the host has shown it. */
  private readonly loaded = new Set<TrackedParcel<T>>();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: ParcelsOptions<T>,
  ) {
    host.addController(this);
  }

  get parcels(): readonly Parcel<T>[] {
    return this.list;
  }

  /**
   * The parcel shown: the one the customer chose, else the first with data not yet delivered,
   * else the first still loading, else the first that failed, else the first.
   */
  get selected(): number {
    if (this.chosen !== undefined && this.chosen < this.list.length) return this.chosen;
    const rank = ({value, error, loading}: Parcel<T>) =>
      value !== undefined && !this.options.done(value) ? 0 : loading ? 1 : error !== undefined && !value ? 2 : 3;
    let best = 0;
    this.list.forEach((parcel, index) => {
      if (rank(parcel) < rank(this.list[best]!)) best = index;
    });
    return best;
  }

  select(index: number) {
    if (index < 0 || index >= this.list.length) return;
    this.chosen = index;
    this.host.requestUpdate();
  }

  /**
   * Starts over with these numbers: every earlier request aborted, each number fetched at once;
   * resolves when every answer is shown or has failed.
   */
  async track(numbers: readonly string[]): Promise<void> {
    this.replace(numbers.map((number) => this.parcel(number, this.options)));
    await this.refreshAll();
  }

  /** Starts over with values (or failures) given directly: nothing is fetched or refreshed. */
  present(results: readonly ({number: string; value: T} | {number: string; error: unknown})[]) {
    this.replace(results.map(({number}) => this.parcel(number, undefined)));
    for (const parcel of this.list) parcel.loading = true; // until its own result is in
    results.forEach((result, index) => {
      const parcel = this.list[index]!;
      if ('value' in result) this.settled(parcel, result.value);
      else this.settled(parcel, undefined, result.error);
    });
  }

  /** Fetches every parcel again at once; resolves when every answer is shown or has failed. */
  async refreshAll(): Promise<void> {
    await Promise.all(this.list.map((parcel) => parcel.run()));
  }

  /** Fetches one parcel again (its Retry). */
  async retry(index: number): Promise<void> {
    await this.list[index]?.run();
  }

  /** Plans every settled parcel's next refresh again (the period changed); one loading plans on its answer. */
  replan() {
    for (const parcel of this.list) {
      if (!parcel.loading) parcel.refresher?.schedule(this.options.period(parcel), parcel.error === undefined);
    }
  }

  /** Forgets every parcel, aborting what is under way. */
  clear() {
    this.replace([]);
  }

  hostConnected() {
    this.connected = true;
    for (const parcel of this.list) parcel.host.setConnected(true);
  }

  hostDisconnected() {
    this.connected = false;
    for (const parcel of this.list) parcel.host.setConnected(false);
  }

  hostUpdated() {
    const shown = [...this.loaded];
    this.loaded.clear();
    for (const parcel of shown) if (this.list.includes(parcel)) this.options.onLoad(parcel);
  }

  private parcel(number: string, options: ParcelsOptions<T> | undefined) {
    return new TrackedParcel(number, this.host, options, this.connected, (parcel, value, error) =>
      this.settled(parcel, value, error),
    );
  }

  private replace(parcels: TrackedParcel<T>[]) {
    for (const parcel of this.list) parcel.dispose();
    this.list = parcels;
    this.chosen = undefined;
    this.loaded.clear();
    this.host.requestUpdate();
  }

  private settled(parcel: TrackedParcel<T>, value: T | undefined, error?: unknown) {
    if (error !== undefined && isAbort(error)) return; // superseded or off the page: not an outcome
    parcel.loading = false;
    if (value === undefined) {
      parcel.error = error;
      this.options.onError(parcel, error);
    } else {
      parcel.error = undefined;
      parcel.loadedAt = Date.now();
      if (parcel.value === undefined || !this.options.same(parcel.value, value)) {
        parcel.value = value;
        this.loaded.add(parcel);
      }
    }
    // The service said when to ask again (Retry-After): no refresh of this parcel before then.
    const retryAt = (error as {retryAt?: unknown} | undefined)?.retryAt;
    if (typeof retryAt === 'number') parcel.refresher?.holdUntil(retryAt);
    parcel.refresher?.schedule(this.options.period(parcel), value !== undefined);
    // Once every parcel has answered, the selection holds: a refresh never moves it under the customer's eyes.
    if (this.list.every((each) => !each.loading)) this.chosen ??= this.selected;
    this.host.requestUpdate();
  }
}
