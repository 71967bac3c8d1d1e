/**
 * Country labels of the normalized tracking (docs/behaviour.md#formats): China as CAINIAO
 * names it, others in English through `Intl.DisplayNames`, with the names engines disagree
 * on pinned.
 */
import {ALPHA3_TO_ALPHA2} from './iso-alpha3.js';

/** How CAINIAO, and so the normalized tracking, names the origin most parcels leave from. */
export const MAINLAND_CHINA = 'Mainland China';
const CHINA =
  /^(?:cn|chn|(?:mainland |p\.? ?r\.? )?china(?:,? \(?mainland\)?)?|people'?s republic of china|prc|中国|中国大陆)$/i;

/** Codes that mean "unknown country" in tracking data: better no label than "Unknown Region". */
const UNKNOWN = new Set(['ZZ', 'XX', 'XXX']);

/**
 * The English names of the regions browser engines name differently ("Hong Kong SAR China" or
 * "Hong Kong"), pinned so the route reads the same everywhere; their other languages are the
 * view's (src/i18n/pinned-region-names.ts).
 */
export const PINNED_ENGLISH = {
  HK: 'Hong Kong',
  MO: 'Macao',
  PS: 'Palestinian Territories',
  FK: 'Falkland Islands',
} as const;

let regionNames: Intl.DisplayNames | undefined;

/** The English name of an alpha-2 code, pinned where engines differ; undefined when unknown. */
export function englishRegionName(alpha2: string): string | undefined {
  if (Object.hasOwn(PINNED_ENGLISH, alpha2)) return PINNED_ENGLISH[alpha2 as keyof typeof PINNED_ENGLISH];
  try {
    regionNames ??= new Intl.DisplayNames(['en'], {type: 'region', fallback: 'none'});
    return regionNames.of(alpha2);
  } catch {
    return undefined;
  }
}

/**
 * English names that `Intl`'s do not match once written alike: ISO 3166's own ("Viet Nam",
 * "Korea, Republic of") and others carriers write ("Great Britain", "Holland", "Turkey").
 */
const OTHER_NAMES: Readonly<Record<string, string>> = {
  'united states of america': 'US',
  'united kingdom of great britain and northern ireland': 'GB',
  'great britain': 'GB',
  england: 'GB',
  korea: 'KR',
  'korea republic of': 'KR',
  'republic of korea': 'KR',
  'russian federation': 'RU',
  'viet nam': 'VN',
  'iran islamic republic of': 'IR',
  'moldova republic of': 'MD',
  'venezuela bolivarian republic of': 'VE',
  'taiwan province of china': 'TW',
  'czech republic': 'CZ',
  turkey: 'TR',
  turkiye: 'TR',
  macedonia: 'MK',
  'hong kong sar china': 'HK',
  'hong kong china': 'HK',
  'hong kong sar': 'HK',
  'falkland islands islas malvinas': 'FK',
  macau: 'MO',
  'macao sar china': 'MO',
  'macao china': 'MO',
  'macau china': 'MO',
  'macao sar': 'MO',
  palestine: 'PS',
  'ivory coast': 'CI',
  'cabo verde': 'CV',
  swaziland: 'SZ',
  burma: 'MM',
  myanmar: 'MM',
  'democratic republic of the congo': 'CD',
  holland: 'NL',
  'netherlands the': 'NL',
};

/** A name written alike whatever its spelling: no accents, case, punctuation or leading "the"; "&" is "and", "St." "saint". */
const nameKey = (name: string) =>
  name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/\bst\b\.?/g, 'saint')
    .replace(/[^a-z]+/g, ' ')
    .trim()
    .replace(/^the /, '');

let codesByName: Map<string, string> | undefined;

/**
 * The region code of an English country name: `Intl`'s own English names, the pinned ones and
 * `OTHER_NAMES`, however written. Built at the first name (codes need none of it).
 */
export function regionOf(name: string): string | undefined {
  if (!codesByName) {
    codesByName = new Map(Object.entries(OTHER_NAMES));
    for (let first = 65; first <= 90; first++) {
      for (let second = 65; second <= 90; second++) {
        const code = String.fromCharCode(first, second);
        const known = englishRegionName(code);
        if (known && known !== 'Unknown Region') codesByName.set(nameKey(known), code);
      }
    }
  }
  return codesByName.get(nameKey(name));
}

/** A readable country name for an alpha-2 or alpha-3 code or a name (README "Input formats"); unknown names pass through unchanged. */
export function countryLabel(value: string | undefined): string | undefined {
  if (!value) return undefined;
  if (CHINA.test(value)) return MAINLAND_CHINA;
  const upper = value.toUpperCase();
  if (UNKNOWN.has(upper)) return undefined;
  const alpha2 = /^[A-Z]{2}$/i.test(value)
    ? upper
    : Object.hasOwn(ALPHA3_TO_ALPHA2, upper)
      ? ALPHA3_TO_ALPHA2[upper]
      : regionOf(value);
  return (alpha2 && englishRegionName(alpha2)) || value;
}
