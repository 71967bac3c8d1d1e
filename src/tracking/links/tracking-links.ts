/** Tracking links (docs/behaviour.md#links): a carrier's page for a number, and CAINIAO's page. */
import {fillTemplate} from '../../net/url-template.js';
import {knownCarrier} from '../carriers/known-carriers.js';
import {safeUrl} from './safe-url.js';

const CAINIAO_URL = 'https://global.cainiao.com/newDetail.htm?mailNoList={trackingNumber}';

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
