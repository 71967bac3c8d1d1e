import {AFTERSHIP_COURIER_NAMES} from '../carriers/aftership-couriers.js';
import {knownCarrier} from '../carriers/known-carriers.js';
import {trackingOrHomepage} from '../links/site-root.js';
import {countryLabel} from '../model/country-labels.js';
import type {DraftEvent, TrackingDraft} from '../model/draft.js';
import {firstText, list, record, text, type Json} from '../model/read.js';
import {parseInstant} from '../model/time.js';
import type {Stage} from '../model/tracking.js';
import {AFTERSHIP_CODES, AFTERSHIP_IN_TRANSIT, AFTERSHIP_STATUS, type JourneyEnd} from '../stages/aftership-tags.js';
import {CAINIAO_ACTION_CODES} from '../stages/cainiao-action-codes.js';
import type {Adapter} from './adapter.js';
import {isAftership, trackingOf} from './aftership-shape.js';
import {lookup, place} from './fields.js';

/** A courier's name from its slug: AfterShip's name for it, else a known carrier's, else the slug made readable. */
function courierName(slug: string | undefined): string | undefined {
  if (!slug) return undefined;
  return (
    lookup(AFTERSHIP_COURIER_NAMES, slug) ??
    knownCarrier(slug)?.name ??
    slug.replace(/[-_]+/g, ' ').replace(/\b\p{Ll}/gu, (letter) => letter.toUpperCase())
  );
}

type Ends = Partial<Record<JourneyEnd, string>>;

/** Whether a checkpoint's country is the given end of the journey; unknown on either side does not block. */
const isIn = (country: string | undefined, end: string | undefined) =>
  !country || !end || countryLabel(country)?.toLowerCase() === countryLabel(end)?.toLowerCase();

/** Both ends known and one country: a domestic parcel is never exported, cleared or arriving in a country. */
const isDomestic = (ends: Ends) => !!ends.origin && !!ends.destination && isIn(ends.origin, ends.destination);

/** The stage an `InTransit` checkpoint states by its text or subtag and its country (export C, customs E, arrival F). */
const refineInTransit = (message: string, subtag: string | undefined, country: string | undefined, ends: Ends) =>
  isDomestic(ends)
    ? undefined
    : AFTERSHIP_IN_TRANSIT.find(
        (row) =>
          (row.message.test(message) || (!!subtag && row.subtags.includes(subtag))) && isIn(country, ends[row.where]),
      )?.stage;

/**
 * The CAINIAO action code a checkpoint of AfterShip's `cainiao` courier carries as `raw_tag`
 * (README "Input formats and stage mapping"): it says the stage better than AfterShip's subtag.
 */
function cainiaoCode(checkpoint: Json, slug: string | undefined): string | undefined {
  const raw = text(checkpoint.raw_tag);
  const courier = text(checkpoint.slug) ?? slug;
  return raw && courier?.toLowerCase() === 'cainiao' && Object.hasOwn(CAINIAO_ACTION_CODES, raw) ? raw : undefined;
}

function readCheckpoint(value: unknown, ends: Ends, slug: string | undefined): DraftEvent {
  const checkpoint = record(value) ?? {};
  const description = text(checkpoint.message);
  const tag = text(checkpoint.tag);
  const subtag = text(checkpoint.subtag);
  const raw = cainiaoCode(checkpoint, slug);
  // v4 names the country `country_iso3` / `country_name`; dated versions `country_region` / `country_region_name`.
  const country = firstText(
    checkpoint.country_iso3,
    checkpoint.country_region,
    checkpoint.country_name,
    checkpoint.country_region_name,
  );
  const stage: Stage | undefined =
    tag === 'InTransit' && !raw ? refineInTransit(description ?? '', subtag, country, ends) : undefined;
  return {
    instant: parseInstant(checkpoint.checkpoint_time),
    description,
    location:
      text(checkpoint.location) ??
      place(checkpoint.city, checkpoint.state, firstText(checkpoint.country_name, checkpoint.country_region_name)),
    code: subtag ?? tag,
    codes: [raw, tag],
    stage,
  };
}

/**
 * The local carrier: the last-mile courier when AfterShip names one (its number is the latest),
 * else the tracking's own courier. `courier_tracking_link` is a tracking link (allow-listed later),
 * or its homepage when it is a bare site root.
 */
function carrierOf(tracking: Json, lastMile: Json | undefined): TrackingDraft['carrier'] {
  const hasLastMile = !!lastMile && !!(text(lastMile.tracking_number) || text(lastMile.slug));
  const source = hasLastMile ? lastMile : tracking;
  const slug = text(source.slug);
  return {name: courierName(slug), code: slug, ...trackingOrHomepage(text(source.courier_tracking_link))};
}

/**
 * The delivery estimate, newest API field first: `latest_estimated_delivery` (v4 and dated
 * versions), the dated versions' courier and AfterShip estimates, v4's `expected_delivery`.
 */
function estimateOf(tracking: Json): TrackingDraft['estimatedDelivery'] {
  const latest = record(tracking.latest_estimated_delivery);
  if (latest) return {from: latest.datetime_min ?? latest.datetime, to: latest.datetime_max ?? latest.datetime};
  const dated = record(tracking.courier_estimated_delivery_date) ?? record(tracking.aftership_estimated_delivery_date);
  if (dated) {
    return {
      from: dated.estimated_delivery_date_min ?? dated.estimated_delivery_date,
      to: dated.estimated_delivery_date_max ?? dated.estimated_delivery_date,
    };
  }
  return {from: tracking.expected_delivery, to: tracking.expected_delivery};
}

/** Reads an AfterShip tracking. Never throws: missing or mistyped fields are left out. */
function read(json: unknown): TrackingDraft {
  const tracking = trackingOf(json) ?? record(json) ?? {};
  const lastMile = record(tracking.last_mile);
  const ends: Ends = {
    origin: firstText(tracking.origin_country_iso3, tracking.origin_country_region),
    destination: firstText(tracking.destination_country_iso3, tracking.destination_country_region),
  };
  return {
    trackingNumber: text(tracking.tracking_number),
    latestTrackingNumber: text(lastMile?.tracking_number),
    statusHint: lookup(AFTERSHIP_STATUS, tracking.tag),
    ...ends,
    deliveryLocation: place(tracking.destination_city, tracking.destination_state),
    estimatedDelivery: estimateOf(tracking),
    carrier: carrierOf(tracking, lastMile),
    codeTable: AFTERSHIP_CODES,
    events: list(tracking.checkpoints).map((checkpoint) => readCheckpoint(checkpoint, ends, text(tracking.slug))),
  };
}

export const aftership: Adapter = {detect: isAftership, read};
