import {css} from 'lit';

/**
 * The CAINIAO block and where it goes: a column right of the event log when the element is at
 * least 640 px wide, below the log when narrower (a container query on the element's own width).
 */
export const cainiaoBlockStyles = css`
  .log-area {
    display: grid;
    gap: 1.25rem;
  }

  @container (min-width: 640px) {
    .log-area {
      grid-template-columns: minmax(0, 1fr) 13rem;
      align-items: start;
    }
  }

  .cainiao {
    display: grid;
    gap: 0.5rem;
    justify-items: start;
    padding: 1rem;
    border: 1px solid var(--_border);
    border-radius: 10px;
    text-decoration: none;
  }

  .cainiao:hover {
    border-color: var(--_accent);
  }

  /* A wordmark reads left to right in every language. */
  .logo {
    direction: ltr;
  }

  .logo,
  ::slotted([slot='logo']) {
    display: block;
    inline-size: 8.25rem;
    max-inline-size: 100%;
    block-size: auto;
  }

  .cainiao-hint {
    color: var(--_muted);
    font-size: 0.875rem;
  }
`;
