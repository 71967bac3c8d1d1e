import type {Tracking} from '../model/tracking.js';
import {CORE_READERS} from './core-readers.js';
import type {FormatChoice} from './formats.js';
import {MORE_READERS} from './more-readers.js';
import {readTrackingWith} from './read-tracking-with.js';

export {detectFormat, FORMATS, type FormatChoice, type TrackingFormat} from './formats.js';

const ALL_READERS = {...CORE_READERS, ...MORE_READERS};

/**
 * Any supported payload → normalized tracking (docs/behaviour.md#formats), every reader at
 * hand: the package's API and the tracking service. Throws `TrackingError` (`invalid`,
 * `not-found`) for payloads that are no tracking at all, or that are not in an explicitly
 * chosen format; never anything else, whatever the payload.
 */
export const readTracking = (
  json: unknown,
  format: FormatChoice = 'auto',
  fallbackNumber = '',
  now = Date.now(),
): Tracking => readTrackingWith(ALL_READERS, json, format, fallbackNumber, now);
