import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {nextRefreshDelay, timerDelay} from '../../net/refresh-schedule.js';

/**
 * Re-runs a load on a timer: paused while the page is hidden (resumed, and caught up,
 * when it shows again), backing off after failures, paused while the host is off the page.
 */
export class RefreshController implements ReactiveController {
  #timer?: ReturnType<typeof setTimeout>;
  #dueAt = 0;
  #failures = 0;
  #connected = false;
  /** No refresh before this moment: the service's `Retry-After`. */
  #notBefore = 0;

  readonly #refresh: () => void;

  constructor(host: ReactiveControllerHost, refresh: () => void) {
    this.#refresh = refresh;
    host.addController(this);
  }

  hostConnected() {
    this.#connected = true;
    document.addEventListener('visibilitychange', this.#onVisibilityChange);
    this.#arm(); // back on the page: the plan resumes (at once when overdue)
  }

  hostDisconnected() {
    this.#connected = false;
    document.removeEventListener('visibilitychange', this.#onVisibilityChange);
    // Off the page: no timer runs, but the plan is kept for when the host is added again.
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  /** When the next refresh is planned (ms since the epoch), or 0 for none. */
  get plannedAt(): number {
    return this.#dueAt;
  }

  /** The service asked not to be asked again before `at`: no refresh runs earlier. */
  holdUntil(at: number) {
    this.#notBefore = Math.max(this.#notBefore, at);
  }

  /**
   * After a load: plans the next one `periodMs` later (backed off after failures, and not
   * before a `holdUntil`), or none for 0.
   */
  schedule(periodMs: number, succeeded: boolean) {
    this.#failures = succeeded ? 0 : this.#failures + 1;
    this.stop();
    if (periodMs <= 0) return;
    this.#dueAt = Math.max(Date.now() + nextRefreshDelay(periodMs, this.#failures), this.#notBefore);
    this.#arm();
  }

  stop() {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#dueAt = 0;
  }

  #arm() {
    clearTimeout(this.#timer);
    if (!this.#dueAt || !this.#connected || document.visibilityState === 'hidden') return;
    this.#timer = setTimeout(
      () => {
        if (Date.now() < this.#dueAt) return this.#arm(); // the wait was longer than a timer holds
        this.#dueAt = 0;
        this.#refresh();
      },
      timerDelay(this.#dueAt, Date.now()),
    );
  }

  readonly #onVisibilityChange = () => this.#arm();
}
