import {isAftership} from './aftership-shape.js';
import {cainiao} from './cainiao.js';
import {native} from './native.js';
import {isSeventeenTrack} from './seventeen-track-shape.js';

/**
 * How each input format (docs/behaviour.md#formats) is recognised, in the order `auto` tries
 * them. Each recognises only its own shape (native `events` + `trackingNumber`; 17TRACK
 * `data.accepted`, a webhook or `number` + `track_info`/`track`; AfterShip `tracking_number`),
 * so the order only matters for odd mixtures: CAINIAO, whose bare `{success: false}` is the
 * loosest shape, comes last.
 */
const SHAPES = {
  native: native.detect,
  '17track': isSeventeenTrack,
  aftership: isAftership,
  cainiao: cainiao.detect,
} satisfies Record<string, (json: unknown) => boolean>;

export type TrackingFormat = keyof typeof SHAPES;
export type FormatChoice = TrackingFormat | 'auto';

export const FORMATS = Object.keys(SHAPES) as TrackingFormat[];

/** The format a payload has, or undefined when none recognises it (a payload whose getters throw included). */
export function detectFormat(json: unknown): TrackingFormat | undefined {
  try {
    return FORMATS.find((format) => SHAPES[format](json));
  } catch {
    return undefined;
  }
}

/** Whether `format` names one of our formats (an attribute may say anything). */
const isFormat = (format: string): format is TrackingFormat => Object.hasOwn(SHAPES, format);

/** The format a payload is read in: the chosen one when `format` names one, else the detected one. */
export const formatFor = (json: unknown, format: FormatChoice): TrackingFormat | undefined =>
  isFormat(format) ? format : detectFormat(json);

/** Whether the payload has the shape of its format; may throw on a hostile payload. */
export const hasShapeOf = (json: unknown, format: TrackingFormat) => SHAPES[format](json);
