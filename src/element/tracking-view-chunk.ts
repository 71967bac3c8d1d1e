import {ChunkLoader} from './controllers/lazy-view-controller.js';

/**
 * The element's one way into the lazy view: reading a tracking (the formats, the stage rules)
 * and rendering it, with its styles (src/views/tracking-view.ts). Two chunks, fetched side by
 * side while the data is, so neither grows past its budget (README "Performance"). Shared by
 * every element of the page. `fileName` names the built files for the shop's developer when the
 * browser's error does not.
 */
export const trackingViewChunk = new ChunkLoader(
  () =>
    Promise.all([import('../views/tracking-view.js'), import('../tracking/adapters/read-tracking.js')]).then(
      ([view, {readTracking}]) => ({...view, readTracking}),
    ),
  'order-tracker-tracking-view-<hash>.js or order-tracker-read-tracking-<hash>.js',
);
