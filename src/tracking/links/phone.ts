/** Phone links (docs/behaviour.md#links): a carrier's phone text made fit for `tel:`. */

// Opening hours beside a number ("8am-8:30pm", "9:00-17:00") are not part of it.
const TIME_OF_DAY = /\d{1,2}(?::\d{2})?\s*[ap]\.?m\b\.?|\d{1,2}:\d{2}/gi;

/**
 * A number spelled with letters, as carriers advertise theirs ("1-800-ASK-USPS",
 * "1-800-GO-FEDEX"): a country and area code, then capital words joined by hyphens.
 */
const SPELLED = /(?<![\d-])\+?\d{1,4}(?:-\d{3,4})?(?:-[A-Z]{2,}){1,3}\b/g;
const KEYPAD = ['ABC', 'DEF', 'GHI', 'JKL', 'MNO', 'PQRS', 'TUV', 'WXYZ'];
const dialled = (letter: string) => String(KEYPAD.findIndex((keys) => keys.includes(letter)) + 2);
/** A spelled number as it is dialled; at most seven letters, so a word after a whole number stays a word. */
const dialSpelled = (phone: string) =>
  phone.replace(/[^A-Z]/g, '').length > 7 ? phone : phone.replace(/[A-Z]/g, dialled);

/**
 * A phone number fit for a `tel:` link, spelled numbers dialled: among the runs of the text
 * between letters and `:;,/`, the one with the most digits (at least three), kept to digits,
 * spaces and `+-()`; else undefined. "Hours 9-17, 1-800-275-8777 (Mon-Fri 8am-8:30pm)" gives
 * "1-800-275-8777".
 */
export function cleanPhone(value: unknown): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  let best: string | undefined;
  let bestDigits = 2;
  for (const run of String(value)
    .replace(SPELLED, dialSpelled)
    .replace(TIME_OF_DAY, ' ')
    .split(/[\p{L}:;,/]+/u)) {
    const kept = run
      .replace(/[^\d +\-()]/g, '')
      .replace(/^[^\d+(]+|[^\d)]+$/g, '')
      .replace(/\s+/g, ' ')
      .replace(/\($|^\)/, '');
    const digits = kept.replace(/\D/g, '').length;
    if (digits > bestDigits) [best, bestDigits] = [kept, digits];
  }
  return best;
}

/** `tel:` link for a cleaned phone number. */
export const telHref = (phone: string) => `tel:${phone.replace(/\s+/g, '')}`;
