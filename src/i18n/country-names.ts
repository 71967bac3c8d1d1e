import {MAINLAND_CHINA, englishRegionName} from '../tracking/model/country-labels.js';
import {pinnedRegionName} from '../tracking/model/pinned-region-names.js';
import {cached} from './format.js';
import type {AllMessages} from './messages.js';

let codesByEnglishName: Map<string, string> | undefined;

/**
 * The region code of an English country name: the names the normalized tracking writes
 * (pinned ones included) and those carriers send ("United States"). Built once.
 */
function regionOf(name: string): string | undefined {
  if (!codesByEnglishName) {
    codesByEnglishName = new Map();
    // Intl's own English names beside the pinned ones: carriers write either.
    const intl = new Intl.DisplayNames(['en'], {type: 'region', fallback: 'none'});
    for (let first = 65; first <= 90; first++) {
      for (let second = 65; second <= 90; second++) {
        const code = String.fromCharCode(first, second);
        for (const known of [intl.of(code), englishRegionName(code)]) {
          if (known && known !== 'Unknown Region') codesByEnglishName.set(known.toLowerCase(), code);
        }
      }
    }
  }
  return codesByEnglishName.get(name.toLowerCase());
}

/**
 * A country of the route in the customer's language (docs/behaviour.md#languages), the same
 * in every browser engine for the names engines disagree on; names we do not know stay as written.
 */
export function countryName(label: string, locale: string, messages: Pick<AllMessages, 'mainlandChina'>): string {
  if (label === MAINLAND_CHINA) return messages.mainlandChina;
  const code = locale === 'en' ? undefined : regionOf(label);
  if (!code) return label;
  const pinned = pinnedRegionName(code, locale);
  if (pinned) return pinned;
  try {
    return cached(`r${locale}`, () => new Intl.DisplayNames([locale], {type: 'region'})).of(code) ?? label;
  } catch {
    return label;
  }
}
