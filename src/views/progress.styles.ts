import {css} from 'lit';

/** Styles of the progress bar A–H and its stage description (views/progress.ts). */
export const progressStyles = css`
  /* Progress A–H: vertical list when narrow, one row of steps when wide. */
  .progress {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0;
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
    min-block-size: 2.25rem;
    padding: 0.125rem 0.25rem;
    border: 0;
    border-radius: 8px;
    background: none;
    color: inherit;
    font: inherit;
    font-size: 0.875rem;
    text-align: start;
    cursor: pointer;
  }

  .step-button:disabled {
    cursor: default;
  }

  .step-button[aria-pressed='true'] .step-label {
    font-weight: 700;
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }

  .dot {
    display: inline-grid;
    place-items: center;
    flex: none;
    inline-size: 1.75rem;
    block-size: 1.75rem;
    border: 2px solid var(--_step);
    border-radius: 50%;
    background: var(--_background);
    color: var(--_muted);
    font-size: 0.8125rem;
    font-weight: 700;
  }

  .step[data-state='done'] .dot,
  .step[data-state='current'] .dot {
    background: var(--_step);
    color: var(--_background);
  }

  .step[data-state='current'] .dot {
    box-shadow: 0 0 0 4px color-mix(in srgb, var(--_accent) 25%, transparent);
  }

  .step-label {
    min-inline-size: 0;
    overflow-wrap: break-word;
    hyphens: auto;
  }

  .step[data-state='upcoming'] .step-label {
    color: var(--_muted);
  }

  /* The connector to the next step. */
  .step:not(:last-child)::after {
    content: '';
    position: absolute;
    inset-inline-start: calc(0.25rem + 0.875rem - 1px);
    inset-block: calc(50% + 0.875rem) calc(-50% + 0.875rem);
    inline-size: 2px;
    background: var(--_step);
  }

  .step[data-state='current']::after {
    background: var(--_border);
  }

  @container (min-width: 720px) {
    .progress {
      grid-template-columns: repeat(8, minmax(0, 1fr));
    }
    .step-button {
      flex-direction: column;
      gap: 0.375rem;
      block-size: 100%;
      padding: 0.25rem 0.125rem;
      font-size: 0.75rem;
      line-height: 1.3;
      text-align: center;
    }
    .step:not(:last-child)::after {
      inset-inline: calc(50% + 0.875rem) calc(-50% + 0.875rem);
      inset-block: calc(0.25rem + 0.875rem - 1px) auto;
      inline-size: auto;
      block-size: 2px;
    }
  }

  .stage-description {
    min-block-size: 3em;
    margin-block-start: 0.75rem;
    padding: 0.625rem 0.875rem;
    border-radius: 8px;
    background: var(--_soft);
    font-size: 0.9375rem;
  }

  .stage-description.empty {
    visibility: hidden;
  }
`;
