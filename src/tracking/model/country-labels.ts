/** Country labels of SPEC §6: China as CAINIAO names it, others through `Intl.DisplayNames`. */

/** How CAINIAO, and so the normalized tracking, names the origin most parcels leave from. */
export const MAINLAND_CHINA = 'Mainland China';
const CHINA = /^(?:cn|chn|china|mainland china|people'?s republic of china|中国|中国大陆)$/i;

/** ISO 3166 alpha-3 codes seen in tracking data (AfterShip) → alpha-2, for `Intl.DisplayNames`. */
const ALPHA3: Readonly<Record<string, string>> = {
  USA: 'US',
  CAN: 'CA',
  MEX: 'MX',
  GBR: 'GB',
  DEU: 'DE',
  FRA: 'FR',
  ESP: 'ES',
  ITA: 'IT',
  NLD: 'NL',
  BEL: 'BE',
  PRT: 'PT',
  BRA: 'BR',
  AUS: 'AU',
  NZL: 'NZ',
  JPN: 'JP',
  KOR: 'KR',
  HKG: 'HK',
  TWN: 'TW',
  SGP: 'SG',
  ARE: 'AE',
  SAU: 'SA',
  IND: 'IN',
  POL: 'PL',
  SWE: 'SE',
  CHE: 'CH',
  AUT: 'AT',
  IRL: 'IE',
};

/** Codes that mean "unknown country" in tracking data: better no label than "Unknown Region". */
const UNKNOWN = new Set(['ZZ', 'XX', 'XXX']);

let regionNames: Intl.DisplayNames | undefined;

/** A readable country name for a code or name; names pass through unchanged. */
export function countryLabel(value: string | undefined): string | undefined {
  if (!value) return undefined;
  if (CHINA.test(value)) return MAINLAND_CHINA;
  const upper = value.toUpperCase();
  if (UNKNOWN.has(upper)) return undefined;
  const alpha2 = /^[A-Z]{2}$/i.test(value) ? upper : ALPHA3[upper];
  if (!alpha2) return value;
  try {
    regionNames ??= new Intl.DisplayNames(['en'], {type: 'region'});
    return regionNames.of(alpha2) ?? value;
  } catch {
    return value;
  }
}
