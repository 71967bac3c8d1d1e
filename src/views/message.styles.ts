import {css} from 'lit';

/** Styles of the `message` block (views/message.ts). */
export const messageStyles = css`
  .message {
    display: grid;
    gap: 0.5rem;
    justify-items: start;
    padding: 1rem 1.125rem;
    border-radius: 10px;
    background: var(--_soft);
  }

  .message-title {
    font-weight: 700;
  }

  .message-body {
    color: var(--_muted);
  }

  .message .button:disabled {
    opacity: 0.7;
    cursor: progress;
  }
`;
