import type {DraftEvent, TrackingDraft} from '../model/draft.js';
import type {Adapter} from './adapter.js';
import {firstText, list, record, text, type Json} from '../model/read.js';
import {formatOffset, parseInstant, parseOffset, type Instant} from '../model/time.js';
import {CAINIAO_ACTION_CODES, CAINIAO_LOCAL_CARRIER_CODES} from '../stages/cainiao-action-codes.js';
import {classifyEvent} from '../stages/stage-engine.js';
import {TrackingError} from '../tracking-error.js';

/**
 * CAINIAO `global/detail.json` (SPEC §4): `{success, module: [...]}`. A bare `{success: false}`
 * (its answer to rate limits and captchas) is recognised too, so it reads as a clear error.
 */
function detect(json: unknown): boolean {
  const data = record(json);
  return !!data && (Array.isArray(data.module) || (typeof data.success === 'boolean' && !('data' in data)));
}

/**
 * An event's instant with its `timeZone` offset ("GMT+8"), so it can be shown at local
 * wall-clock time: from epoch `time`, else from the local `timeStr` ("2026-11-19 09:30:00").
 */
function readInstant(item: Json): Instant | undefined {
  const offset = parseOffset(item.timeZone);
  const epoch = parseInstant(item.time);
  if (epoch) return epoch.offset === undefined && offset !== undefined ? {...epoch, offset} : epoch;
  const local = text(item.timeStr);
  if (!local) return undefined;
  return (offset !== undefined && parseInstant(local + formatOffset(offset))) || parseInstant(local);
}

/** The number in the labelled display text `"Latest Tracking Number:\t9261…"`: its last word, with a digit. */
function numberInLabel(value: unknown): string | undefined {
  const last = text(value)
    ?.split(/[\s:：]+/)
    .pop();
  return last && /^(?=.*\d)[A-Za-z0-9-]{6,}$/.test(last) ? last : undefined;
}

/**
 * Which number an event belongs to: the item's own `mailNo` when it names another number;
 * else, when the parcel has a second number, the local carrier's scans (GTMS_*, LM_*, GSTA_*,
 * reported after CAINIAO handed the parcel over) belong to it. Others stay unmarked (original).
 */
function ownerOf(item: Json, code: string | undefined, mailNo: string | undefined, latest: string | undefined) {
  const own = text(item.mailNo);
  if (own) return own === mailNo ? undefined : own;
  return latest && code && CAINIAO_LOCAL_CARRIER_CODES.test(code) ? latest : undefined;
}

function readEvent(value: unknown, mailNo: string | undefined, latest: string | undefined): DraftEvent {
  const item = record(value) ?? {};
  // `desc` is the carrier's own text and may hold HTML: kept as the raw string, shown as text.
  const description = firstText(item.desc, item.standerdDesc);
  const code = text(item.actionCode);
  return {
    instant: readInstant(item),
    description,
    code,
    trackingNumber: ownerOf(item, code, mailNo, latest),
    ...classifyEvent(description ?? '', code, CAINIAO_ACTION_CODES),
  };
}

/** Reads a CAINIAO answer. Its top-level `status` is not trusted (DELIVERING all along): no hint. */
function read(json: unknown): TrackingDraft {
  const data = record(json);
  if (data?.success === false) {
    throw new TrackingError(
      'invalid',
      'CAINIAO refused the request (success: false), often a rate limit or a captcha.',
    );
  }
  const module = record(list(data?.module)[0]);
  if (!module) throw new TrackingError('invalid', 'The CAINIAO answer holds no tracking module.');
  const mailNo = text(module.mailNo);
  const latest = text(module.copyRealMailNo) ?? numberInLabel(module.realMailNo);
  const carrier = record(module.destCpInfo);
  const eta = record(module.globalEtaInfo);
  return {
    trackingNumber: mailNo,
    latestTrackingNumber: latest,
    origin: text(module.originCountry),
    destination: text(module.destCountry),
    estimatedDelivery: eta && {from: eta.deliveryMinTime, to: eta.deliveryMaxTime},
    // `destCpInfo.url` is the carrier's homepage, never a tracking link (SPEC §2.6).
    carrier: carrier && {
      name: text(carrier.cpName),
      code: text(carrier.cpCode),
      phone: text(carrier.phone),
      homepage: text(carrier.url),
    },
    events: list(module.detailList).map((item) => readEvent(item, mailNo, latest)),
  };
}

export const cainiao: Adapter = {detect, read};
