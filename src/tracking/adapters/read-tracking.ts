import {buildTracking} from '../model/build-tracking.js';
import type {Tracking} from '../model/tracking.js';
import {TrackingError} from '../tracking-error.js';
import type {Adapter} from './adapter.js';
import {aftership} from './aftership.js';
import {cainiao} from './cainiao.js';
import {native} from './native.js';
import {seventeenTrack} from './seventeen-track.js';

/**
 * Input formats of SPEC §4, in the order `auto` tries them. Each `detect` recognises only its
 * own shape (native `events` + `trackingNumber`; 17TRACK `data.accepted`/`number` + `track_info`;
 * AfterShip `tracking_number`), so the order only matters for odd mixtures: CAINIAO, whose
 * bare `{success: false}` is the loosest shape, comes last.
 */
export const ADAPTERS = {native, '17track': seventeenTrack, aftership, cainiao} satisfies Record<string, Adapter>;

export type TrackingFormat = keyof typeof ADAPTERS;
export type FormatChoice = TrackingFormat | 'auto';

export const FORMATS = Object.keys(ADAPTERS) as TrackingFormat[];

/** The format a payload has, or undefined when no adapter recognises it. */
export const detectFormat = (json: unknown): TrackingFormat | undefined =>
  FORMATS.find((format) => ADAPTERS[format].detect(json));

/**
 * Any supported payload → normalized tracking (SPEC §4, §6). Throws `TrackingError`
 * (`invalid`, `not-found`) for payloads that are no tracking at all; never anything else.
 */
export function readTracking(
  json: unknown,
  format: FormatChoice = 'auto',
  fallbackNumber = '',
  now = Date.now(),
): Tracking {
  const chosen = Object.hasOwn(ADAPTERS, format) ? (format as TrackingFormat) : detectFormat(json);
  if (!chosen) throw new TrackingError('invalid', 'The tracking data has no known format.');
  try {
    return buildTracking(ADAPTERS[chosen].read(json), fallbackNumber, now);
  } catch (error) {
    if (error instanceof TrackingError) throw error;
    throw new TrackingError('invalid', `The ${chosen} tracking data could not be read.`);
  }
}
