import {css} from 'lit';

/** Styles of the parcel switcher (views/parcel-tabs.ts) and the panel under it. */
export const parcelTabsStyles = css`
  .parcels {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    border-block-end: 1px solid var(--_border);
    padding-block-end: 0.75rem;
  }

  .parcel-tab {
    min-block-size: 2.5rem;
    padding: 0.375rem 0.875rem;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_background);
    color: var(--_text);
    font: inherit;
    font-size: 0.9375rem;
    cursor: pointer;
  }

  .parcel-tab[data-state='delivered'] {
    border-color: var(--_done);
  }

  .parcel-tab[data-state='failed'],
  .parcel-tab[data-state='exception'],
  .parcel-tab[data-state='failed_attempt'] {
    border-color: var(--_warning);
  }

  .parcel-tab[aria-selected='true'] {
    border: 2px solid var(--_accent);
    background: var(--_soft);
    font-weight: 700;
  }

  .parcel-panel {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 1.25rem;
  }

  @media (forced-colors: active) {
    .parcel-tab[aria-selected='true'] {
      outline: 2px solid Highlight;
    }
  }
`;
