import {buildTracking} from '../model/build-tracking.js';
import type {Tracking} from '../model/tracking.js';
import {TrackingError} from '../tracking-error.js';
import type {Adapter} from './adapter.js';
import {formatFor, hasShapeOf, type FormatChoice, type TrackingFormat} from './formats.js';

/** The readers at hand, by format: in the browser, AfterShip's and 17TRACK's come when needed (docs/architecture.md). */
export type Readers = Partial<Record<TrackingFormat, Adapter['read']>>;

/**
 * Any payload whose reader is at hand → normalized tracking (docs/behaviour.md#formats).
 * Throws `TrackingError` (`invalid`, `not-found`) for payloads that are no tracking at all, or
 * that are not in an explicitly chosen format; never anything else, whatever the payload
 * (Proxies and getters that throw included).
 */
export function readTrackingWith(
  readers: Readers,
  json: unknown,
  format: FormatChoice = 'auto',
  fallbackNumber = '',
  now = Date.now(),
): Tracking {
  let chosen: TrackingFormat | undefined;
  try {
    chosen = formatFor(json, format);
    if (!chosen) throw new TrackingError('invalid', 'The tracking data has no known format.');
    if (chosen === format && !hasShapeOf(json, chosen))
      throw new TrackingError('invalid', `The tracking data is not in the ${chosen} format.`);
    const read = readers[chosen];
    if (!read) throw new TrackingError('invalid', `The ${chosen} reader is not loaded.`);
    return buildTracking(read(json), fallbackNumber, now);
  } catch (error) {
    if (error instanceof TrackingError) throw error;
    throw new TrackingError('invalid', `The ${chosen ?? 'tracking'} data could not be read.`);
  }
}
