import type {ReactiveController, ReactiveControllerHost} from 'lit';

/** What to do with an answer, or with a failure (an abort included). */
export interface FetchCallbacks<T> {
  onComplete(value: T): void;
  onError(error: unknown): void;
}

/**
 * A fetch that belongs to the page (see docs/behaviour.md#faults): a run aborts the one
 * before it, and only the newest run's answer or failure is handled, so an older answer never
 * wins. Removing the host aborts a run under way, and adding it again runs it again; asked to
 * run while the host is off the page, it runs when the host is added. Such a run waits for the
 * host's pending update, which may have cancelled it (`data` given while the host was away).
 */
export class FetchController<T> implements ReactiveController {
  #current?: AbortController;
  /** The newest run's handling, which every older run's caller waits for too. */
  #newest?: Promise<void>;
  #connected = false;
  #interrupted = false;

  readonly #host: ReactiveControllerHost;
  readonly #fetch: (signal: AbortSignal) => Promise<T>;
  readonly #callbacks: FetchCallbacks<T>;

  constructor(host: ReactiveControllerHost, fetch: (signal: AbortSignal) => Promise<T>, callbacks: FetchCallbacks<T>) {
    this.#host = host;
    this.#fetch = fetch;
    this.#callbacks = callbacks;
    host.addController(this);
  }

  hostConnected() {
    this.#connected = true;
    if (!this.#interrupted) return;
    void this.#host.updateComplete.then(() => {
      if (this.#interrupted && this.#connected) void this.run();
    });
  }

  hostDisconnected() {
    this.#connected = false;
    if (!this.#current) return;
    this.#interrupted = true;
    this.#current.abort();
  }

  /**
   * Fetches now, or when the host is added to the page; resolves when the outcome is handled,
   * and for a run superseded by a newer one, when the newer one's is.
   */
  async run(): Promise<void> {
    this.#interrupted = !this.#connected;
    if (!this.#connected) return;
    this.#current?.abort();
    const run = (this.#current = new AbortController());
    let handled = (this.#newest = this.#handle(run));
    await handled;
    while (this.#newest !== handled) await (handled = this.#newest!);
  }

  async #handle(run: AbortController): Promise<void> {
    try {
      const value = await this.#fetch(run.signal);
      if (run === this.#current) this.#callbacks.onComplete(value);
    } catch (error) {
      if (run === this.#current) this.#callbacks.onError(error);
    } finally {
      if (run === this.#current) this.#current = undefined;
    }
  }

  /** Aborts a run under way (its outcome is dropped) and forgets one waiting for the host to come back. */
  cancel() {
    this.#interrupted = false;
    this.#current?.abort();
    this.#current = undefined;
  }
}
