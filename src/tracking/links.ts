/** Links of SPEC §7: carrier tracking URLs, the CAINIAO URL, the URL allow-list and phone links. */
import {fillTemplate} from '../net/url-template.js';

const CAINIAO_URL = 'https://global.cainiao.com/newDetail.htm?mailNoList={trackingNumber}';

interface KnownCarrier {
  name: string;
  /** Matches the carrier's code or name. */
  pattern: RegExp;
  trackingUrl: string;
}

/** Carriers whose tracking page we can link straight to, recognised by code or name. */
const KNOWN_CARRIERS: readonly KnownCarrier[] = [
  {
    name: 'USPS',
    // Not any "postal service": Japan's or Israel's must not link to USPS.
    pattern: /^usps\b|^(?:the )?(?:united states|u\.? ?s\.?) postal service/i,
    trackingUrl: 'https://tools.usps.com/go/TrackConfirmAction?tLabels={trackingNumber}',
  },
  {name: 'UPS', pattern: /^ups\b|^united parcel/i, trackingUrl: 'https://www.ups.com/track?tracknum={trackingNumber}'},
  {
    name: 'FedEx',
    pattern: /^fed[\s-]?ex\b|^federal express/i,
    trackingUrl: 'https://www.fedex.com/fedextrack/?trknbr={trackingNumber}',
  },
  {
    name: 'DHL',
    pattern: /^dhl\b/i,
    trackingUrl: 'https://www.dhl.com/global-en/home/tracking.html?tracking-id={trackingNumber}',
  },
];

/** The known carrier named by a code or a name (`dhl_express` reads as `dhl express`), if any. */
export const knownCarrier = (...codeOrName: (string | undefined)[]): KnownCarrier | undefined =>
  KNOWN_CARRIERS.find(({pattern}) =>
    codeOrName.some((value) => value !== undefined && pattern.test(value.replace(/_/g, ' ').trim())),
  );

/**
 * The URL if it parses as `http:` or `https:` (relative ones against `base`), else undefined.
 * `new URL()` strips tabs, newlines and leading control characters first, so obfuscated
 * schemes such as `java\tscript:` are seen for what they are.
 */
export function safeUrl(value: unknown, base?: string): string | undefined {
  if (typeof value !== 'string' || !value.trim()) return undefined;
  try {
    const url = new URL(value, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** The direct tracking link for a number with a carrier: known template first, then the data's link. */
export function carrierTrackingUrl(
  carrier: {name?: string; code?: string; url?: string} | undefined,
  trackingNumber: string | undefined,
): string | undefined {
  if (!carrier || !trackingNumber) return undefined;
  const known = knownCarrier(carrier.code, carrier.name);
  return known ? fillTemplate(known.trackingUrl, trackingNumber) : safeUrl(carrier.url);
}

/** The CAINIAO tracking page for the original number (`template` from `cainiao-url`, resolved against the page). */
export const cainiaoTrackingUrl = (trackingNumber: string, template = CAINIAO_URL, base?: string) =>
  safeUrl(fillTemplate(template, trackingNumber), base);

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
