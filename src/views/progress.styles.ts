import {css} from 'lit';

/**
 * Styles of the progress bar A–H (views/progress.ts) as the loading skeleton shows it: a
 * vertical list when narrow, one row of steps when wide, every step upcoming and disabled.
 * Every box and size is here, so the bar holds its place when the data comes; the states of a
 * loaded tracking (done, current, the chosen step, the stage description) only paint over it
 * and come with the view chunk (views/progress-states.styles.ts, README "Performance").
 * Connectors are borders, which forced colours (Windows high contrast) keep.
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

  .step-label {
    min-inline-size: 0;
    overflow-wrap: break-word;
    hyphens: auto;
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
  }

  /* The road ahead is grey; the view chunk draws the stretch travelled in the text colour. */
  @media (forced-colors: active) {
    .step:not(:last-child)::after {
      border-color: GrayText;
    }
  }
`;
