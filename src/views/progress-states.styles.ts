import {css} from 'lit';

/**
 * The progress bar's states once a tracking is loaded (views/progress.ts), adopted with the view
 * chunk: the skeleton's bar (views/progress.styles.ts) shows only upcoming, disabled steps, so
 * these stay out of the script a shop embeds (README "Performance"). Colour, weight and lines
 * only, never a box or a size of the bar: nothing moves when the data comes. Each state shows
 * without colour too: a check when done, a raised ring and bold label when current.
 */
export const progressStateStyles = css`
  .step[data-state='done'] {
    --_step: var(--_done);
  }

  .step[data-state='current'] {
    --_step: var(--_accent);
  }

  .step-button:enabled {
    cursor: pointer;
  }

  .step-button:enabled:hover .step-label,
  .step-button.shown .step-label {
    text-decoration: underline;
    text-decoration-thickness: 2px;
    text-underline-offset: 0.25em;
  }

  .step[data-state='done'] .dot {
    background: var(--_step);
    color: var(--_background);
  }

  .step[data-state='current'] .dot {
    border-width: 3px;
    color: var(--_accent);
    box-shadow: 0 0 0 3px color-mix(in srgb, var(--_accent) 25%, transparent);
  }

  .step[data-state='current'] .step-label {
    font-weight: 700;
  }

  /* From the current step on, the road is still ahead: dashed, grey in the list, in the step's colour in the row. */
  .step[data-state='current']::after {
    border-style: dashed;
    border-color: var(--_border);
  }

  @container (min-width: 760px) {
    .step[data-state='current']::after {
      border-color: var(--_step);
    }
  }

  .stage-description {
    display: grid;
    gap: 0.125rem;
    margin-block-start: 0.75rem;
    padding: 0.625rem 0.875rem;
    border-inline-start: 3px solid var(--_accent);
    border-radius: 6px;
    background: var(--_soft);
    font-size: 0.9375rem;
  }

  .stage-description[hidden] {
    display: none;
  }

  .stage-title {
    font-weight: 700;
  }

  @media (forced-colors: active) {
    .step[data-state='done'] .dot {
      border-color: CanvasText;
      color: CanvasText;
    }
    .step[data-state='current'] .dot {
      border-color: Highlight;
      outline: 2px solid Highlight;
      outline-offset: 2px;
    }
    .step[data-state='done']::after {
      border-color: CanvasText;
    }
    .step[data-state='current']::after {
      border-color: GrayText;
    }
  }
`;
