import {html, nothing, type TemplateResult} from 'lit';
import type {Messages} from '../i18n/messages.js';

/** A Retry button under a message: its label, what it does, and whether it is running. */
export interface Retry {
  label: string;
  run(): void;
  /** A Retry under way: the message is busy and the button, saying so, does nothing. */
  busy?: boolean;
}

/** A Retry that runs `retrier` (a RetryController), saying so while it does. */
export function retryWith(retrier: {readonly busy: boolean; retry(): Promise<void>}, m: Messages): Retry {
  const {busy} = retrier;
  return {label: busy ? m.retrying : m.retry, run: () => void retrier.retry(), busy};
}

/**
 * The `message` block of empty, not-yet-shipped and error states. With a Retry it is an error,
 * announced politely (a status, not an alert): it often comes with the page, and an alert would
 * cut into whatever the screen reader is reading then (see docs/behaviour.md#faults). A busy
 * Retry's button is disabled; the RetryController puts focus back where it belongs afterwards.
 */
export function renderMessage(title: string, body?: string, retry?: Retry): TemplateResult {
  const busy = !!retry?.busy;
  return html`<div part="message" class="message" role=${retry ? 'status' : nothing} aria-busy=${busy ? 'true' : nothing}>
    <p class="message-title">${title}</p>
    ${body ? html`<p class="message-body">${body}</p>` : nothing}
    ${
      retry
        ? html`<button part="retry-button" class="button" ?disabled=${busy}
            @click=${() => busy || retry.run()}>${retry.label}</button>`
        : nothing
    }
  </div>`;
}
