/**
 * Tracking numbers as a customer or a page gives them (README "Numbers"): normalized, then
 * accepted only when they cannot leave their placeholder in a URL template.
 */

/** Whitespace and invisible format characters (zero-width spaces, joiners, bidi marks, BOM). */
const INVISIBLE = /[\s\p{Cf}]/gu;

/**
 * 5 to 50 letters (of any script: a letter can never leave its placeholder, and the URL
 * encodes it), digits 0–9 or hyphens: no dot, slash, `%`, `?`, `#`, quote or markup.
 */
const ACCEPTED = /^[\p{L}0-9-]{5,50}$/u;

/** Separators between several numbers typed or written in one attribute. */
const SEPARATORS = /[,\n\r]+/;

export type NumberReading = {ok: true; number: string} | {ok: false; typed: string};

/** A number with its whitespace and invisible characters removed, its letters composed (`A` + `¨` is `Ä`). */
export const normalizeTrackingNumber = (raw: string) => raw.normalize('NFC').replace(INVISIBLE, '');

/** Whether a normalized number is one the widget will put into a URL. */
export const isAcceptedTrackingNumber = (number: string) => ACCEPTED.test(number);

/** Reads one number: the normalized number, or what was typed (trimmed) when it is refused. */
export function readTrackingNumber(raw: string): NumberReading {
  const number = normalizeTrackingNumber(raw);
  return isAcceptedTrackingNumber(number) ? {ok: true, number} : {ok: false, typed: raw.trim()};
}

/** Several numbers in one text, separated by commas or new lines; empty parts skipped. */
export const splitTrackingNumbers = (raw: string): string[] =>
  raw.split(SEPARATORS).filter((part) => normalizeTrackingNumber(part) !== '');
