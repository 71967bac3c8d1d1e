import {html, nothing, svg, type TemplateResult} from 'lit';
import {fill} from '../i18n/messages.js';
import {STAGES, type Tracking} from '../tracking/model/tracking.js';
import {stepStates} from '../tracking/stages/step-states.js';
import type {ViewActions, ViewState} from './view-state.js';

/** A done step's mark: its state seen without colour. */
const check = svg`<svg class="check" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true"><path d="M3 8.5l3 3 7-7" fill="none" stroke="currentColor" stroke-width="2.25" stroke-linecap="round" stroke-linejoin="round"/></svg>`;

/**
 * The progress bar A–H of a loaded tracking and, below it, `description`: the sentence the view
 * writes for the current (or chosen) stage. Each step shows a short label and its state (a
 * check when done, the current one raised) and says both in its name: "Step 5 of 8, Customs
 * clearance: current". It comes with the view chunk; the loading skeleton draws the same boxes in the same
 * place (views/skeleton.ts).
 */
export function renderProgress(
  tracking: Tracking,
  {messages: m, chosenStage}: Pick<ViewState, 'messages' | 'chosenStage'>,
  actions: Pick<ViewActions, 'chooseStage'>,
  description?: TemplateResult | '',
): TemplateResult {
  const states = stepStates(tracking.stage, tracking.delivered);
  const shown = chosenStage ?? tracking.stage;
  return html`<div class="progress-area">
    <ol part="progress" class="progress" aria-label=${m.progress}>
      ${STAGES.map((stage, index) => {
        const state = states[stage];
        // The name is the visible label with the rest around it, hidden: "Step 5 of 8, | Customs | : current".
        const [before, after] = m.stageStep
          .split('{label}')
          .map((text) => fill(text, {n: index + 1, total: STAGES.length, state: m.stepState[state]}));
        return html`<li part="stage" class="step" data-stage=${stage} data-state=${state}
          aria-current=${tracking.stage === stage ? 'step' : nothing}>
          <button class="step-button ${shown === stage ? 'shown' : ''}" aria-controls="stage-description"
            @click=${() => actions.chooseStage(stage)}>
            <span class="dot" aria-hidden="true">${state === 'done' ? check : index + 1}</span>
            <span class="visually-hidden">${before}</span><span class="step-label">${m.stepLabel[stage]}</span><span class="visually-hidden">${after}</span>
          </button>
        </li>`;
      })}
    </ol>
    <p part="stage-description" id="stage-description" class="stage-description" aria-live="polite"
      ?hidden=${!description}>${description}</p>
  </div>`;
}
