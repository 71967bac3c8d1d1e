import type {DraftEvent, TrackingDraft} from '../model/draft.js';
import type {Adapter} from './adapter.js';
import {firstText, list, record, text, type Json} from '../model/read.js';
import {formatOffset, parseInstant, parseOffset, type Instant} from '../model/time.js';
import {CAINIAO_ACTION_CODES, CAINIAO_LOCAL_CARRIER_CODES} from '../stages/cainiao-action-codes.js';
import {TrackingError} from '../tracking-error.js';

/**
 * CAINIAO `global/detail.json` (docs/behaviour.md#formats): `{success, module: [...]}`. A bare `{success: false}`
 * (its answer to rate limits and captchas) is recognised too, so it reads as a clear error.
 */
function detect(json: unknown): boolean {
  const data = record(json);
  return !!data && (Array.isArray(data.module) || (typeof data.success === 'boolean' && !('data' in data)));
}

/** The zone CAINIAO's epoch `time` is always computed in, and the zone of a `timeStr` with no usable `timeZone`. */
const BEIJING = 8 * 60;

/**
 * An event's instant (README "CAINIAO times"): `timeStr` is the wall-clock time in
 * `timeZone` ("GMT+2", "GMT+0800", "UTC+3"), read at UTC+8 when the zone is empty or
 * unreadable. The epoch `time` is `timeStr` read as Beijing time whatever the zone, so it is
 * only used when `timeStr` is missing (or unreadable): as it is, shown at the zone's clock.
 */
function readInstant(item: Json): Instant | undefined {
  const offset = parseOffset(item.timeZone) ?? BEIJING;
  const local = text(item.timeStr);
  const fromText = local && parseInstant(local + formatOffset(offset));
  if (fromText) return fromText;
  const epoch = parseInstant(item.time)?.epoch;
  return epoch === undefined ? undefined : {epoch, offset};
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
  const code = text(item.actionCode);
  return {
    instant: readInstant(item),
    // `desc` is the carrier's own text and may hold HTML: kept as the raw string, shown as text.
    description: firstText(item.desc, item.standerdDesc),
    code,
    trackingNumber: ownerOf(item, code, mailNo, latest),
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
    // `destCpInfo.url` is the carrier's homepage, never a tracking link (docs/behaviour.md#links).
    carrier: carrier && {
      name: text(carrier.cpName),
      code: text(carrier.cpCode),
      phone: text(carrier.phone),
      homepage: text(carrier.url),
    },
    codeTable: CAINIAO_ACTION_CODES,
    // `latestTrace` repeats the newest scan (dropped as a duplicate), or is the only one when an
    // answer comes without `detailList` (README "Input formats and stage mapping").
    events: [module.latestTrace, ...list(module.detailList)].map((item) => readEvent(item, mailNo, latest)),
  };
}

export const cainiao: Adapter = {detect, read};
