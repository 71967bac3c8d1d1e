import {svg} from 'lit';

/** A done step's mark on the progress bar (views/progress.ts): its state seen without colour. */
export const check = svg`<svg class="check" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true"><path d="M3 8.5l3 3 7-7" fill="none" stroke="currentColor" stroke-width="2.25" stroke-linecap="round" stroke-linejoin="round"/></svg>`;
