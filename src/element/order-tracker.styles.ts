import {css} from 'lit';

/**
 * Styles of `<order-tracker>`. Public colours come in as `--order-tracker-*` and are read
 * through private `--_*` twins so dark defaults can differ from light ones. Logical
 * properties throughout, so right-to-left languages mirror the layout.
 */
export const orderTrackerStyles = css`
  :host {
    --_accent: var(--order-tracker-accent, #1d4ed8);
    --_text: var(--order-tracker-text, #111827);
    --_muted: var(--order-tracker-muted, #4b5563);
    --_background: var(--order-tracker-background, #ffffff);
    --_border: var(--order-tracker-border, #d1d5db);
    --_radius: var(--order-tracker-radius, 12px);
    --_font: var(--order-tracker-font, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif);
    --_done: var(--order-tracker-done, #15803d);
    --_warning: var(--order-tracker-warning, #b45309);
    --_soft: color-mix(in srgb, var(--_accent) 8%, var(--_background));
    --_bone: color-mix(in srgb, var(--_text) 10%, var(--_background));

    display: block;
    color: var(--_text);
    font-family: var(--_font);
    font-size: 1rem;
    line-height: 1.5;
    text-align: start;
  }

  @media (prefers-color-scheme: dark) {
    :host {
      --_accent: var(--order-tracker-accent, #8ab4ff);
      --_text: var(--order-tracker-text, #f3f4f6);
      --_muted: var(--order-tracker-muted, #b6bcc8);
      --_background: var(--order-tracker-background, #161b22);
      --_border: var(--order-tracker-border, #3a424f);
      --_done: var(--order-tracker-done, #4ade80);
      --_warning: var(--order-tracker-warning, #fbbf24);
    }
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  p,
  ol,
  dl,
  dd,
  h3 {
    margin: 0;
    padding: 0;
  }

  ol {
    list-style: none;
  }

  a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }

  :focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
    border-radius: 4px;
  }

  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  /*
   * The layout follows the element's own width (container queries). The container is inside
   * the shadow root, so page CSS that resets the host (such as "* { all: unset }") cannot take it away.
   */
  .frame {
    container-type: inline-size;
  }

  .card {
    display: grid;
    /* minmax(0, …): no word inside may widen the card past its box. */
    grid-template-columns: minmax(0, 1fr);
    gap: 1.25rem;
    padding: clamp(1rem, 4cqi, 1.75rem);
    background: var(--_background);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow-wrap: anywhere;
  }


  .button,
  .icon-button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-block-size: 2.5rem;
    padding: 0.5rem 1rem;
    border: 1px solid var(--_accent);
    border-radius: 999px;
    background: var(--_accent);
    color: var(--_background);
    font: inherit;
    font-weight: 600;
    text-decoration: none;
    cursor: pointer;
  }

  .button:hover,
  .icon-button:hover {
    background: color-mix(in srgb, var(--_accent) 85%, var(--_text));
    color: var(--_background);
  }

  /*
   * Overview: reserves the space its loaded content takes (status, transit, estimate, two
   * numbers) at each width, loading and loaded alike, so the progress bar below never jumps.
   */
  .overview {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    align-content: start;
    gap: 0.25rem 1.5rem;
    min-block-size: 18rem;
  }

  @container (min-width: 420px) {
    .overview {
      min-block-size: 13rem;
    }
  }

  @container (min-width: 640px) {
    .overview {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1.2fr);
      grid-template-rows: auto auto 1fr;
      min-block-size: 9.75rem;
    }
    .overview > :not(.numbers, .message) {
      grid-column: 1;
    }
    .numbers {
      grid-column: 2;
      grid-row: 1 / span 3;
      margin-block-start: 0;
    }
    .overview > .message {
      grid-column: 1 / -1;
    }
  }

  @container (min-width: 800px) {
    .overview {
      min-block-size: 6.75rem;
    }
  }

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


  .copy-failed {
    color: var(--_warning);
    font-size: 0.875rem;
  }

  .bone {
    display: block;
    block-size: 1rem;
    inline-size: 60%;
    border-radius: 6px;
    background: var(--_bone);
    animation: pulse 1.4s ease-in-out infinite;
  }

  .bone-status {
    block-size: 2rem;
    inline-size: 40%;
    margin-block-end: 0.25rem;
  }

  .bone.short {
    inline-size: 35%;
  }

  @keyframes pulse {
    50% {
      opacity: 0.45;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .bone {
      animation: none;
    }
  }
`;
