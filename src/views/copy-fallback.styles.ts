import {css} from 'lit';

/** Styles of a failed copy (views/copy-fallback.ts): the words beside the button, the box with the text. */
export const copyFallbackStyles = css`
  .copy-failed {
    color: var(--_warning);
    font-size: 0.875rem;
  }

  .copy-fallback {
    box-sizing: border-box;
    inline-size: 100%;
    padding: 0.5rem;
    border: 1px solid var(--_border);
    border-radius: 6px;
    font: inherit;
    font-size: 0.875rem;
    color: inherit;
    background: var(--_background);
    resize: vertical;
  }
`;
