import {css} from 'lit';

/** Styles of the lookup form (views/lookup-form.ts), adopted with the track-page chunk. */
export const lookupFormStyles = css`
  .lookup {
    display: grid;
    gap: 0.375rem;
  }

  .lookup-modes {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.25rem;
    margin: 0 0 0.5rem;
    padding: 0;
    border: 0;
  }

  .lookup-modes > legend {
    margin-block-end: 0.25rem;
    padding: 0;
  }

  .lookup-mode {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
    min-block-size: 1.5rem;
    cursor: pointer;
  }

  .lookup-mode > input {
    inline-size: 1.125rem;
    block-size: 1.125rem;
    margin: 0;
    accent-color: var(--_accent);
  }

  .lookup-label {
    font-weight: 600;
  }

  .lookup-hint {
    display: block;
    color: var(--_muted);
    font-size: 0.875rem;
  }

  .lookup-row {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.5rem 0.75rem;
  }

  .lookup-cell {
    display: grid;
    flex: 1 1 12rem;
    gap: 0.25rem;
  }

  .lookup-field {
    flex: 1 1 14rem;
    min-inline-size: 0;
    min-block-size: 2.5rem;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_muted);
    border-radius: 8px;
    background: var(--_background);
    color: var(--_text);
    font: inherit;
  }

  .lookup-field[aria-invalid='true'] {
    border-color: var(--_warning);
    border-width: 2px;
  }

  .lookup-row > .button[aria-disabled='true'] {
    opacity: 0.75;
    cursor: progress;
  }

  .lookup-error {
    color: var(--_warning);
    font-weight: 600;
  }

  .lookup-error:empty {
    display: none;
  }
`;
