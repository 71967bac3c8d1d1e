import {cainiao} from './cainiao.js';
import {native} from './native.js';
import {formatFor, type FormatChoice} from './formats.js';
import {readTrackingWith, type Readers} from './read-tracking-with.js';

/**
 * The readers always at hand: our own format and CAINIAO's, which the package's tracking
 * service passes through. AfterShip's and 17TRACK's are `MORE_READERS`.
 */
export const CORE_READERS = {native: native.read, cainiao: cainiao.read} satisfies Readers;

/** Whether one of these payloads is in a format the core readers cannot read. */
export function needsMoreReaders(payloads: readonly unknown[], format: FormatChoice): boolean {
  try {
    return payloads.some((json) => {
      const chosen = formatFor(json, format);
      return chosen !== undefined && !Object.hasOwn(CORE_READERS, chosen);
    });
  } catch {
    return false; // a hostile array: its reading fails as a whole, no download needed
  }
}

/** Reads a payload with the core readers and `more`, AfterShip's and 17TRACK's once they are there. */
export const readWithCoreReaders = (json: unknown, format: FormatChoice, fallbackNumber: string, more?: Readers) =>
  readTrackingWith({...CORE_READERS, ...more}, json, format, fallbackNumber);

/** The other readers' chunk, imported from here so that it shares this chunk's code rather than splitting it. */
export const importMoreReaders = () => import('./more-readers.js');

// The second half of the element's request (the status checked, the body read) rides in this
// chunk, the one with room to spare (README "Performance").
export {readTrackingResponse} from '../../net/read-tracking-response.js';
