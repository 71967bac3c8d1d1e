import {html, nothing, type TemplateResult} from 'lit';

/** A Retry button under a message: its label and what it does. */
export interface Retry {
  label: string;
  run(): void;
}

/**
 * The `message` block of empty and error states. With a Retry it is an error, announced
 * politely (a status, not an alert): it often comes with the page, and an alert would cut into
 * whatever the screen reader is reading then (see docs/behaviour.md#faults).
 */
export function renderMessage(title: string, body?: string, retry?: Retry): TemplateResult {
  return html`<div part="message" class="message" role=${retry ? 'status' : nothing}>
    <p class="message-title">${title}</p>
    ${body ? html`<p class="message-body">${body}</p>` : nothing}
    ${retry ? html`<button part="retry-button" class="button" @click=${() => retry.run()}>${retry.label}</button>` : nothing}
  </div>`;
}
