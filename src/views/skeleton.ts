import {html, type TemplateResult} from 'lit';
import {renderProgress} from './progress.js';
import type {ViewActions, ViewState} from './view-state.js';

/**
 * The loading state: bones where the overview will be and the progress bar already in its
 * place, so nothing moves when the data arrives (see docs/behaviour.md#faults).
 */
export function renderSkeleton(
  state: Pick<ViewState, 'messages' | 'chosenStage'>,
  actions: Pick<ViewActions, 'chooseStage'>,
): TemplateResult {
  return html`<div part="overview" class="overview skeleton" aria-busy="true">
      <p class="visually-hidden">${state.messages.loading}</p>
      <span class="bone bone-status"></span>
      <span class="bone bone-line"></span>
      <span class="bone bone-line short"></span>
    </div>
    ${renderProgress(undefined, state, actions)}`;
}
