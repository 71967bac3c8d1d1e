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
    --_font: var(--order-tracker-font, system-ui, sans-serif);
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

  /*
   * What a shop's page sets for its own text stops at the widget (README "Theming"). On the
   * shadow root's children, not the host: the page's rules for the host win over :host.
   */
  :host > * {
    font-style: normal;
    font-weight: 400;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-indent: 0;
    text-shadow: none;
    white-space: normal;
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
  ol {
    margin: 0;
    padding: 0;
  }

  ol {
    list-style: none;
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

  .button {
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

  .button:hover {
    background: color-mix(in srgb, var(--_accent) 85%, var(--_text));
    color: var(--_background);
  }

  /*
   * Overview, the answer: the status heading and two lines under it (when, and how long on the
   * way). Loading and loaded hold the same height, so the progress bar below never jumps and no
   * blank band is left once the data is shown.
   */
  .overview {
    --_status-size: 1.75rem;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    align-content: start;
    gap: 0.25rem;
    min-block-size: calc(var(--_status-size) * 1.2 + 2 * 1.5em + 0.5rem);
  }

  /* On a phone, smaller type: the status and its two lines fit the height held for them. */
  @container (max-width: 479px) {
    .overview {
      --_status-size: 1.375rem;
      font-size: 0.875rem;
    }
  }

`;
