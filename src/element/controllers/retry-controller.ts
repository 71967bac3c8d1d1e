import type {ReactiveControllerHost} from 'lit';

/**
 * The customer's Retry (docs/behaviour.md#faults): busy while it runs, so the message can say
 * so, and its button is disabled meanwhile; when focus was on that button (which a disabled
 * button loses), it moves to the status heading once the data shows, or back to Retry when it
 * failed again, instead of staying lost on the page. It needs no lifecycle: removing the host
 * aborts the load, which ends the Retry.
 */
export class RetryController {
  /** Whether a Retry is under way. */
  busy = false;

  readonly #host: ReactiveControllerHost & {readonly renderRoot: HTMLElement | DocumentFragment};
  /** Loads again; resolves once the answer is shown or has failed. */
  readonly #load: () => Promise<void>;
  /** Where focus goes when the data shows: the status heading, once rendered. */
  readonly #focusTarget: () => HTMLElement | null;

  constructor(
    host: ReactiveControllerHost & {readonly renderRoot: HTMLElement | DocumentFragment},
    load: () => Promise<void>,
    focusTarget: () => HTMLElement | null,
  ) {
    this.#host = host;
    this.#load = load;
    this.#focusTarget = focusTarget;
  }

  /** Runs a Retry, unless one is under way. */
  async retry(): Promise<void> {
    if (this.busy) return;
    const root = this.#host.renderRoot;
    const focused = root instanceof ShadowRoot && !!root.activeElement?.matches('[part~="retry-button"]');
    this.busy = true;
    this.#host.requestUpdate();
    try {
      await this.#load();
    } finally {
      this.busy = false;
      this.#host.requestUpdate();
    }
    await this.#host.updateComplete;
    // The heading is there only when the data shows; failed again, Retry is back.
    const target = focused ? (this.#focusTarget() ?? root.querySelector<HTMLElement>('[part~="retry-button"]')) : null;
    if (!target) return;
    if (!target.hasAttribute('tabindex')) target.tabIndex = -1; // focusable by script, not a tab stop
    target.focus();
  }
}
