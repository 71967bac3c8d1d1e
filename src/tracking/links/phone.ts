/** Phone links (docs/behaviour.md#links): a carrier's phone text made fit for `tel:`. */

// Opening hours beside a number ("8am-8:30pm", "9:00-17:00") are not part of it.
const TIME_OF_DAY = /\d{1,2}(?::\d{2})?\s*[ap]\.?m\b\.?|\d{1,2}:\d{2}/gi;

/**
 * A phone number fit for a `tel:` link: among the runs of the text between letters and
 * `:;,/`, the one with the most digits (at least three), kept to digits, spaces and `+-()`;
 * else undefined. "Hours 9-17, 1-800-275-8777 (Mon-Fri 8am-8:30pm)" gives "1-800-275-8777".
 */
export function cleanPhone(value: unknown): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  let best: string | undefined;
  let bestDigits = 2;
  for (const run of String(value)
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
