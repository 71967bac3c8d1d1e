import {readTrackingNumber} from '../tracking/tracking-number.js';
import {refusedNumberError} from '../tracking/tracking-error.js';

/** Where `{trackingNumber}` stands in a URL template (`src`, `cainiao-url`, carrier links). */
const NUMBER_PLACEHOLDER = /\{trackingNumber\}/g;

/** Fills a URL template with a URL-encoded tracking number. */
export const fillTemplate = (template: string, trackingNumber: string) =>
  template.replace(NUMBER_PLACEHOLDER, () => encodeURIComponent(trackingNumber));

/** What is fetched for a number typed or given: the normalized number and `src` filled with it. */
export interface TrackingRequest {
  number: string;
  url: string;
}

/**
 * The request for a number from `tracking-number` (docs/behaviour.md#numbers): normalized
 * first, and refused before any URL is built when it could leave its placeholder (`..`, `/`,
 * `?`, `%`…). A refusal is an `invalid` TrackingError naming what was typed.
 */
export function trackingRequest(template: string, typed: string): TrackingRequest {
  const reading = readTrackingNumber(typed);
  if (!reading.ok) throw refusedNumberError(reading.typed);
  return {number: reading.number, url: fillTemplate(template, reading.number)};
}
