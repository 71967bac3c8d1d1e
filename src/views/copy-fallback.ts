import {html, nothing} from 'lit';
import type {AllMessages} from '../i18n/messages.js';
import type {ViewState} from './view-state.js';

/**
 * Beside the copy button `part` whose copy failed (docs/behaviour.md#copy-details): the words
 * saying so and, `withText`, the text itself in a read-only box (part `copy-fallback`) that the
 * customer can select and copy by hand.
 */
export function renderCopyFailure(
  {copyFailure, messages}: Pick<ViewState, 'copyFailure'> & {messages: AllMessages},
  part: string,
  withText = false,
) {
  if (copyFailure?.part !== part) return nothing;
  const {text} = copyFailure;
  return html`<p class="copy-failed">${messages.copyFailed}</p>
    ${
      withText
        ? html`<textarea part="copy-fallback" class="copy-fallback" readonly aria-label=${messages.copyDetails}
            rows=${Math.min(text.split('\n').length, 12)} .value=${text}></textarea>`
        : nothing
    }`;
}
