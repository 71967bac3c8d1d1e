/**
 * Country labels of the normalized tracking (docs/behaviour.md#formats): China as CAINIAO
 * names it, others in English through `Intl.DisplayNames`, with the names engines disagree
 * on pinned.
 */
import {ALPHA3_TO_ALPHA2} from './iso-alpha3.js';
import {pinnedRegionName} from './pinned-region-names.js';

/** How CAINIAO, and so the normalized tracking, names the origin most parcels leave from. */
export const MAINLAND_CHINA = 'Mainland China';
const CHINA = /^(?:cn|chn|china|mainland china|people'?s republic of china|中国|中国大陆)$/i;

/** Codes that mean "unknown country" in tracking data: better no label than "Unknown Region". */
const UNKNOWN = new Set(['ZZ', 'XX', 'XXX']);

let regionNames: Intl.DisplayNames | undefined;

/** The English name of an alpha-2 code, pinned where engines differ; undefined when unknown. */
export function englishRegionName(alpha2: string): string | undefined {
  const pinned = pinnedRegionName(alpha2, 'en');
  if (pinned) return pinned;
  try {
    regionNames ??= new Intl.DisplayNames(['en'], {type: 'region', fallback: 'none'});
    return regionNames.of(alpha2);
  } catch {
    return undefined;
  }
}

/** A readable country name for an alpha-2 or alpha-3 code or a name; names pass through unchanged. */
export function countryLabel(value: string | undefined): string | undefined {
  if (!value) return undefined;
  if (CHINA.test(value)) return MAINLAND_CHINA;
  const upper = value.toUpperCase();
  if (UNKNOWN.has(upper)) return undefined;
  const alpha2 = /^[A-Z]{2}$/i.test(value)
    ? upper
    : Object.hasOwn(ALPHA3_TO_ALPHA2, upper)
      ? ALPHA3_TO_ALPHA2[upper]
      : undefined;
  return (alpha2 && englishRegionName(alpha2)) || value;
}
