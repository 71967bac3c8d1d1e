import {html, type TemplateResult} from 'lit';
import {STAGES} from '../tracking/model/tracking.js';
import type {ViewState} from './view-state.js';

/**
 * The loading state: bones where the overview will be and the progress bar's boxes already in
 * their place, step labels included (they set its height), so nothing moves when the data
 * arrives (see docs/behaviour.md#faults). The bar is a placeholder, hidden from assistive
 * technology like the bones: the real one comes with the view chunk (views/progress.ts).
 */
export function renderSkeleton({messages: m}: Pick<ViewState, 'messages'>): TemplateResult {
  return html`<div part="overview" class="overview skeleton" aria-busy="true">
      <p class="visually-hidden">${m.loading}</p>
      <span class="bone bone-status"></span>
      <span class="bone bone-line"></span>
      <span class="bone bone-line short"></span>
    </div>
    <div class="progress-area" aria-hidden="true">
      <ol part="progress" class="progress">
        ${STAGES.map(
          (stage, index) => html`<li part="stage" class="step" data-stage=${stage} data-state="upcoming">
            <button class="step-button" disabled><span class="dot">${index + 1}</span><span class="step-label">${m.stepLabel[stage]}</span></button>
          </li>`,
        )}
      </ol>
    </div>`;
}
