import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {allMessages} from '../../i18n/all-messages.js';
import type {Messages} from '../../i18n/messages.js';
import type {CopyFailure} from '../../views/view-state.js';

/** How long "Copied" stays on a button. */
export const COPIED_MS = 2000;

/**
 * The feedback of the copy buttons (see docs/behaviour.md#copy-details): which part says
 * "Copied" for a moment, which one failed and with what text (shown beside it until the next
 * try), and the words for the live region ("Copied", or how to copy by hand).
 */
export class CopyController implements ReactiveController {
  /** The copy button that says "Copied" right now. */
  copiedPart?: string;
  /** The last copy, when it failed. */
  failure?: CopyFailure;
  /** What the status region says; emptied before each copy, so the same words are announced again. */
  announcement = '';
  #timer?: ReturnType<typeof setTimeout>;

  readonly #host: ReactiveControllerHost;
  readonly #messages: () => Messages;
  /** Called once the clipboard holds `text`. */
  readonly #onCopied: (text: string) => void;

  constructor(host: ReactiveControllerHost, messages: () => Messages, onCopied: (text: string) => void) {
    this.#host = host;
    this.#messages = messages;
    this.#onCopied = onCopied;
    host.addController(this);
  }

  hostDisconnected() {
    clearTimeout(this.#timer);
  }

  /** Shows the outcome of copying `text` with button `part`, once `written` settles. */
  async copy(text: string, part: string, written: Promise<boolean>): Promise<void> {
    this.announcement = '';
    this.failure = undefined;
    this.#host.requestUpdate();
    const copied = await written;
    const m = allMessages(this.#messages());
    if (!copied) this.failure = {part, text};
    this.#show(copied ? part : undefined, copied ? m.copied : m.copyFailed);
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#show(undefined, copied ? '' : this.announcement), COPIED_MS);
    if (copied) this.#onCopied(text);
  }

  #show(part: string | undefined, announcement: string) {
    this.copiedPart = part;
    this.announcement = announcement;
    this.#host.requestUpdate();
  }
}
