import {ChunkLoader} from './controllers/lazy-view-controller.js';

/**
 * The element's one way into the lazy view: rendering a tracking, with its styles and its English
 * words (src/views/tracking-view.ts), and reading it in our format or CAINIAO's. Three files,
 * fetched side by side while the data is, so none grows past its budget (README "Performance"):
 * the second and third `import()` only make the reading core and the words (with the country
 * names, vite.config.ts) chunks of their own (the refresh timer, which the track page shares, is
 * one too, started with the view). Shared by every element of the page. `fileName` names the
 * built files for the shop's developer when the browser's error does not.
 */
export const trackingViewChunk = new ChunkLoader(
  () =>
    Promise.all([
      import('../views/tracking-view.js'),
      import('../tracking/adapters/core-readers.js'),
      import('../i18n/tracking-messages.js'),
    ]).then(([view]) => view),
  'order-tracker-tracking-view-<hash>.js, order-tracker-core-readers-<hash>.js or order-tracker-tracking-messages-<hash>.js',
);

/** AfterShip's and 17TRACK's readers: downloaded only for a payload in one of these formats. */
export const moreReadersChunk = new ChunkLoader(
  () => trackingViewChunk.load().then((view) => view.importMoreReaders()),
  'order-tracker-more-readers-<hash>.js',
);
