import {html, nothing, type SVGTemplateResult, type TemplateResult} from 'lit';
import {fill} from '../i18n/messages.js';
import {STAGES, type Tracking} from '../tracking/model/tracking.js';
import {stepStates} from '../tracking/stages/step-states.js';
import type {ViewActions, ViewState} from './view-state.js';

/**
 * What only the bar of a loaded tracking shows, handed in by the view chunk: a done step's mark
 * (views/progress-check.ts) and the sentence below the bar. The skeleton has no done step, so
 * the script a shop embeds carries neither (README "Performance").
 */
export interface LoadedSteps {
  check: SVGTemplateResult;
  description?: TemplateResult;
}

/**
 * The progress bar A–H and, below it, `loaded.description`: the sentence the loaded view writes
 * for the current (or chosen) stage. Each step shows a short label and its state (`loaded.check`
 * when done, the current one raised) and says both in its name: "Step 5 of 8, Customs: current".
 * Without a tracking (the loading skeleton) every step is upcoming and disabled, in the same place.
 */
export function renderProgress(
  tracking: Tracking | undefined,
  {messages: m, chosenStage}: Pick<ViewState, 'messages' | 'chosenStage'>,
  actions: Pick<ViewActions, 'chooseStage'>,
  loaded?: LoadedSteps,
): TemplateResult {
  const description = loaded?.description;
  const states = stepStates(tracking?.stage, tracking?.delivered ?? false);
  const shown = chosenStage ?? tracking?.stage;
  return html`<div class="progress-area">
    <ol part="progress" class="progress" aria-label=${m.progress}>
      ${STAGES.map((stage, index) => {
        const state = states[stage];
        // The name is the visible label with the rest around it, hidden: "Step 5 of 8, | Customs | : current".
        const [before, after] = m.stageStep
          .split('{label}')
          .map((text) => fill(text, {n: index + 1, total: STAGES.length, state: m.stepState[state]}));
        return html`<li part="stage" class="step" data-stage=${stage} data-state=${state}
          aria-current=${tracking?.stage === stage ? 'step' : nothing}>
          <button class="step-button ${shown === stage ? 'shown' : ''}"
            aria-controls=${tracking ? 'stage-description' : nothing} ?disabled=${!tracking}
            @click=${() => actions.chooseStage(stage)}>
            <span class="dot" aria-hidden="true">${state === 'done' ? loaded?.check : index + 1}</span>
            <span class="visually-hidden">${before}</span><span class="step-label">${m.stepLabel[stage]}</span><span class="visually-hidden">${after}</span>
          </button>
        </li>`;
      })}
    </ol>
    ${
      tracking
        ? html`<p part="stage-description" id="stage-description" class="stage-description" aria-live="polite"
            ?hidden=${!description}>${description}</p>`
        : nothing
    }
  </div>`;
}
