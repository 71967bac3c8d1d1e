import {aftership} from './aftership.js';
import type {Readers} from './read-tracking-with.js';
import {seventeenTrack} from './seventeen-track.js';

/**
 * The readers of the formats a shop's own backend may send: AfterShip's and 17TRACK's, with
 * their code tables. In the browser they are a chunk of their own, downloaded only for a
 * payload in one of them (docs/architecture.md).
 */
export const MORE_READERS = {aftership: aftership.read, '17track': seventeenTrack.read} satisfies Readers;
