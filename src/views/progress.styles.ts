import {css} from 'lit';

/**
 * Styles of the progress bar A–H and its stage description (views/progress.ts): a vertical list
 * when narrow, one row of steps when wide. Each step's state shows without colour too: a check
 * when done, a raised ring and bold label when current. Connectors are borders, which forced
 * colours (Windows high contrast) keep.
 */
export const progressStyles = css`
  .progress {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
  }

  .step {
    position: relative;
    --_step: var(--_border);
  }

  .step[data-state='done'] {
    --_step: var(--_done);
  }

  .step[data-state='current'] {
    --_step: var(--_accent);
  }

  .step-button {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    inline-size: 100%;
    min-block-size: 2.125rem;
    padding: 0.125rem 0.25rem;
    border: 0;
    border-radius: 8px;
    background: none;
    color: inherit;
    font: inherit;
    font-size: 0.875rem;
    line-height: 1.25;
    text-align: start;
    cursor: pointer;
  }

  .step-button:disabled {
    cursor: default;
  }

  .step-button:not(:disabled):hover .step-label,
  .step-button.shown .step-label {
    text-decoration: underline;
    text-decoration-thickness: 2px;
    text-underline-offset: 0.25em;
  }

  .dot {
    display: inline-grid;
    place-items: center;
    flex: none;
    inline-size: 1.625rem;
    block-size: 1.625rem;
    border: 2px solid var(--_step);
    border-radius: 50%;
    background: var(--_background);
    color: var(--_muted);
    font-size: 0.75rem;
    font-weight: 700;
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

  .step-label {
    min-inline-size: 0;
    overflow-wrap: break-word;
    hyphens: auto;
  }

  .step[data-state='current'] .step-label {
    font-weight: 700;
  }

  .step[data-state='upcoming'] .step-label {
    color: var(--_muted);
  }

  /* The connector to the next step, in the colour of the stretch already travelled. */
  .step:not(:last-child)::after {
    content: '';
    position: absolute;
    inset-inline-start: calc(0.25rem + 0.8125rem - 1px);
    inset-block: calc(50% + 0.8125rem) calc(-50% + 0.8125rem);
    border-inline-start: 2px solid var(--_step);
  }

  .step[data-state='current']::after {
    border-color: var(--_border);
    border-style: dashed;
  }

  @container (min-width: 760px) {
    .progress {
      grid-template-columns: repeat(8, minmax(0, 1fr));
      column-gap: 0.25rem;
    }
    .step-button {
      flex-direction: column;
      gap: 0.375rem;
      block-size: 100%;
      padding: 0.25rem 0.125rem;
      font-size: 0.8125rem;
      text-align: center;
      justify-content: start;
    }
    .step:not(:last-child)::after {
      inset-inline: calc(50% + 1.125rem) calc(-50% + 1.125rem);
      inset-block: calc(0.25rem + 0.8125rem - 1px) auto;
      border-inline-start: 0;
      border-block-start: 2px solid var(--_step);
    }
    .step[data-state='current']::after {
      border-block-start-style: dashed;
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
    .step:not(:last-child)::after {
      border-color: CanvasText;
    }
    .step[data-state='upcoming']::after,
    .step[data-state='current']::after {
      border-color: GrayText;
    }
  }
`;
