import {ChunkLoader} from './controllers/lazy-view-controller.js';

/**
 * The element's one way into the track-page chunk (src/views/track-page.ts): the lookup form
 * and several parcels, loaded only when the element shows one of them.
 */
export const trackPageChunk = new ChunkLoader(
  () => import('../views/track-page.js'),
  'order-tracker-track-page-<hash>.js',
);
