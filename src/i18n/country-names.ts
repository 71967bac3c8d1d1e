import {MAINLAND_CHINA, regionOf} from '../tracking/model/country-labels.js';
import {pinnedRegionName} from './pinned-region-names.js';
import {cached} from './format.js';
import type {AllMessages} from './messages.js';

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
