import {ChunkLoader} from './controllers/lazy-view-controller.js';

/**
 * The element's one way into the lazy view: reading a tracking and rendering it, with its
 * styles (src/views/tracking-view.ts). Shared by every element of the page. `fileName` names
 * the built file for the shop's developer when the browser's error does not.
 */
export const trackingViewChunk = new ChunkLoader(
  () => import('../views/tracking-view.js'),
  'order-tracker-tracking-view-<hash>.js',
);
