import {css} from 'lit';
import {cainiaoBlockStyles} from './cainiao-block.styles.js';
import {copyFallbackStyles} from './copy-fallback.styles.js';
import {progressStateStyles} from './progress-states.styles.js';

/**
 * Styles of a loaded tracking (numbers, route, carrier, log, CAINIAO block, notice, the progress
 * bar's states, a failed copy's fallback), adopted with the view chunk; the element's own styles cover its shell, its
 * messages and the skeleton with its progress bar.
 */
export const trackingViewStyles = [
  css`
  /* Links and the list of numbers appear only in a loaded tracking. */
  a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }

  dl,
  dd {
    margin: 0;
  }

  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0;
    font: inherit;
  }

  .heading {
    margin-block-end: 0.5rem;
    color: var(--_muted);
    font-size: 0.8125rem;
    font-weight: 600;
    letter-spacing: 0.04em;
    text-transform: uppercase;
  }

  /* A number's small Copy button: an outlined pill, filled on hover like a .button. */
  .icon-button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-block-size: 1.75rem;
    min-inline-size: 3.5rem;
    padding: 0.125rem 0.625rem;
    border: 1px solid var(--_accent);
    border-radius: 999px;
    background: transparent;
    color: var(--_accent);
    font: inherit;
    font-size: 0.8125rem;
    font-weight: 600;
    cursor: pointer;
  }

  .icon-button:hover {
    background: color-mix(in srgb, var(--_accent) 85%, var(--_text));
    color: var(--_background);
  }

  .status {
    font-size: var(--_status-size);
    font-weight: 700;
    line-height: 1.2;
    letter-spacing: -0.01em;
  }

  .status[data-status='delivered'] {
    color: var(--_done);
  }

  .status[data-status='failed_attempt'],
  .status[data-status='exception'] {
    color: var(--_warning);
  }

  .status-detail {
    font-weight: 600;
  }

  .transit {
    color: var(--_muted);
  }

  .pending {
    display: contents;
  }

  .numbers {
    display: grid;
    gap: 0.75rem;
    align-content: start;
  }

  dt {
    color: var(--_muted);
    font-size: 0.8125rem;
  }

  dd {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.75rem;
  }

  /* Narrow: the number on its own line, its buttons below, so heights don't depend on wrapping. */
  dd .number {
    flex-basis: 100%;
  }

  /* A number reads left to right, but sits on the start side of its label, as in Arabic. */
  .card[dir='rtl'] .number {
    text-align: right;
  }

  @container (min-width: 420px) {
    dd .number {
      flex-basis: auto;
    }
  }

  .number {
    font-family: ui-monospace, 'SF Mono', Menlo, Consolas, monospace;
    font-size: 0.9375rem;
    font-weight: 600;
    letter-spacing: 0.02em;
  }

  .track-link {
    font-size: 0.875rem;
  }

  .badge,
  .tag {
    display: inline-block;
    padding: 0 0.5rem;
    border-radius: 999px;
    background: var(--_accent);
    color: var(--_background);
    font-size: 0.75rem;
    font-weight: 700;
  }

  .tag {
    background: var(--_soft);
    color: var(--_accent);
    font-weight: 600;
  }

  /* Numbers, route and carrier: side by side when there is room. */
  .details {
    display: grid;
    gap: 1.25rem;
  }

  @container (min-width: 640px) {
    .details {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    }
    .numbers {
      grid-column: 1 / -1;
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    }
  }

  @container (min-width: 960px) {
    .details {
      grid-template-columns: minmax(0, 1.4fr) minmax(0, 1fr) minmax(0, 1fr);
    }
    .numbers {
      grid-column: auto;
      grid-template-columns: minmax(0, 1fr);
    }
  }

  .places {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    gap: 0.375rem;
  }

  /* One line a place ("From  Mainland China"), the labels in a column of their own. */
  .places li {
    display: grid;
    grid-column: 1 / -1;
    grid-template-columns: subgrid;
    align-items: baseline;
    column-gap: 0.75rem;
    padding-inline-start: 0.75rem;
    border-inline-start: 3px solid var(--_border);
  }

  /* A place reads in its own direction but lines up with the widget's, as in Arabic. */
  .card[dir='rtl'] .place {
    text-align: right;
  }

  .places li:last-child {
    border-inline-start-color: var(--_accent);
  }

  .place-label {
    color: var(--_muted);
    font-size: 0.8125rem;
  }

  .place {
    font-weight: 600;
  }

  .carrier {
    display: grid;
    gap: 0.375rem;
    align-content: start;
    padding: 1rem;
    border: 1px solid var(--_border);
    border-radius: 10px;
  }

  .carrier-name {
    font-size: 1.125rem;
    font-weight: 700;
  }

  .hint {
    color: var(--_muted);
    font-size: 0.875rem;
  }

  .copy-line {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }

  .timeline {
    display: grid;
  }

  /*
   * Each event draws its own dot and its stretch of the line, inside its own box: long logs
   * skip layout and paint of events out of view (content-visibility), which clips anything
   * drawn outside them.
   */
  .event {
    position: relative;
    display: grid;
    gap: 0.125rem;
    padding-block: 0 1rem;
    padding-inline-start: 2rem;
    content-visibility: auto;
    contain-intrinsic-size: auto 4.5rem;
  }

  .event::before,
  .event::after {
    content: '';
    position: absolute;
  }

  /* The dot and the line down to the next event: borders, which forced colours keep. */
  .event::before {
    z-index: 1;
    inset-inline-start: 0.25rem;
    inset-block-start: 0.3rem;
    inline-size: 0.75rem;
    block-size: 0.75rem;
    border: 0.375rem solid var(--_border);
    border-radius: 50%;
  }

  .event:not(:last-child, .cut)::after {
    inset-inline-start: calc(0.625rem - 1px);
    inset-block: 0.3rem 0;
    border-inline-start: 2px solid var(--_border);
  }

  .event:first-child::before {
    border-color: var(--_accent);
    box-shadow: 0 0 0 4px color-mix(in srgb, var(--_accent) 22%, transparent);
  }

  @media (forced-colors: active) {
    .event::before,
    .event:not(:last-child, .cut)::after {
      border-color: GrayText;
    }
    .event:first-child::before {
      border-color: Highlight;
    }
  }

  .event[hidden] {
    display: none;
  }

  .text-button {
    justify-self: start;
    min-block-size: 2.5rem;
    padding: 0.5rem 1rem;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_background);
    color: var(--_accent);
    font: inherit;
    font-size: 0.9375rem;
    font-weight: 600;
    cursor: pointer;
  }

  .text-button:hover {
    border-color: var(--_accent);
  }

  .history {
    display: grid;
    gap: 0.25rem;
  }

  .event time {
    color: var(--_muted);
    font-size: 0.8125rem;
  }

  .event-description {
    font-weight: 600;
  }

  /*
   * Carrier text reads in its own direction ("[Los Angeles] Arrived" stays so in Arabic)
   * without a wrapper per line; it still lines up with the widget's language.
   */
  .event-description,
  .event-meta {
    unicode-bidi: plaintext;
    text-align: left;
  }

  .card[dir='rtl'] .event-description,
  .card[dir='rtl'] .event-meta {
    text-align: right;
  }

  .event:not(:first-child) .event-description {
    font-weight: 400;
  }

  .event-meta {
    color: var(--_muted);
    font-size: 0.875rem;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    align-items: center;
  }

  .notice {
    padding: 0.5rem 0.875rem;
    border-inline-start: 4px solid var(--_warning);
    border-radius: 6px;
    background: color-mix(in srgb, var(--_warning) 12%, var(--_background));
    font-size: 0.875rem;
  }
`,
  cainiaoBlockStyles,
  progressStateStyles,
  copyFallbackStyles,
];
