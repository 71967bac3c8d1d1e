import {html, nothing, type TemplateResult} from 'lit';
import {fill} from '../i18n/messages.js';
import {STAGES, type Tracking} from '../tracking/model/tracking.js';
import {stepStates} from '../tracking/stages/step-states.js';
import type {ViewActions, ViewState} from './view-state.js';

/**
 * The progress bar A–H and the sentence explaining the current (or chosen) stage. Without a
 * tracking (the loading skeleton) every step is upcoming and disabled, in the same place.
 */
export function renderProgress(
  tracking: Tracking | undefined,
  {messages: m, chosenStage}: Pick<ViewState, 'messages' | 'chosenStage'>,
  actions: Pick<ViewActions, 'chooseStage'>,
): TemplateResult {
  const states = stepStates(tracking?.stage, tracking?.delivered ?? false);
  const shown = chosenStage ?? tracking?.stage;
  return html`<div class="progress-area">
    <ol part="progress" class="progress" aria-label=${m.progress}>
      ${STAGES.map(
        (stage) => html`<li part="stage" class="step" data-stage=${stage} data-state=${states[stage]}
          aria-current=${tracking?.stage === stage ? 'step' : nothing}>
          <button class="step-button" aria-label=${fill(m.stageStep, {stage, label: m.stageLabel[stage]})}
            aria-pressed=${shown === stage ? 'true' : 'false'} aria-controls="stage-description"
            ?disabled=${!tracking} @click=${() => actions.chooseStage(stage)}>
            <span class="dot" aria-hidden="true">${stage}</span>
            <span class="step-label" aria-hidden="true">${m.stageLabel[stage]}</span>
          </button>
        </li>`,
      )}
    </ol>
    <p part="stage-description" id="stage-description" class="stage-description ${shown ? '' : 'empty'}" aria-live="polite">
      ${shown ? html`<strong>${m.stageLabel[shown]}.</strong> ${m.stageMeaning[shown]}` : nothing}
    </p>
  </div>`;
}
