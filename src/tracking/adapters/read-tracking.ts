import {buildTracking} from '../model/build-tracking.js';
import type {Tracking} from '../model/tracking.js';
import {TrackingError} from '../tracking-error.js';
import type {Adapter} from './adapter.js';
import {aftership} from './aftership.js';
import {cainiao} from './cainiao.js';
import {native} from './native.js';
import {seventeenTrack} from './seventeen-track.js';

/**
 * Input formats (docs/behaviour.md#formats), in the order `auto` tries them. Each `detect`
 * recognises only its own shape (native `events` + `trackingNumber`; 17TRACK `data.accepted`,
 * a webhook or `number` + `track_info`/`track`; AfterShip `tracking_number`), so the order
 * only matters for odd mixtures: CAINIAO, whose bare `{success: false}` is the loosest
 * shape, comes last.
 */
export const ADAPTERS = {native, '17track': seventeenTrack, aftership, cainiao} satisfies Record<string, Adapter>;

export type TrackingFormat = keyof typeof ADAPTERS;
export type FormatChoice = TrackingFormat | 'auto';

export const FORMATS = Object.keys(ADAPTERS) as TrackingFormat[];

/** The format a payload has, or undefined when no adapter recognises it (a payload whose getters throw included). */
export function detectFormat(json: unknown): TrackingFormat | undefined {
  try {
    return FORMATS.find((format) => ADAPTERS[format].detect(json));
  } catch {
    return undefined;
  }
}

/** The adapter for a payload: the chosen format when it matches the payload's shape, else the detected one. */
function adapterFor(json: unknown, format: FormatChoice): TrackingFormat {
  if (Object.hasOwn(ADAPTERS, format)) {
    const chosen = format as TrackingFormat;
    if (!ADAPTERS[chosen].detect(json))
      throw new TrackingError('invalid', `The tracking data is not in the ${chosen} format.`);
    return chosen;
  }
  const detected = detectFormat(json);
  if (!detected) throw new TrackingError('invalid', 'The tracking data has no known format.');
  return detected;
}

/**
 * Any supported payload → normalized tracking (docs/behaviour.md#formats). Throws
 * `TrackingError` (`invalid`, `not-found`) for payloads that are no tracking at all, or that
 * are not in an explicitly chosen format; never anything else, whatever the payload
 * (Proxies and getters that throw included).
 */
export function readTracking(
  json: unknown,
  format: FormatChoice = 'auto',
  fallbackNumber = '',
  now = Date.now(),
): Tracking {
  let chosen: TrackingFormat | undefined;
  try {
    chosen = adapterFor(json, format);
    return buildTracking(ADAPTERS[chosen].read(json), fallbackNumber, now);
  } catch (error) {
    if (error instanceof TrackingError) throw error;
    throw new TrackingError('invalid', `The ${chosen ?? 'tracking'} data could not be read.`);
  }
}
