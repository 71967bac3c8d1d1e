import type {DraftEvent, TrackingDraft} from '../model/draft.js';
import {at, finite, list, record, text, type Json} from '../model/read.js';
import {formatOffset, parseInstant, parseOffset, type Instant} from '../model/time.js';
import {
  SEVENTEEN_TRACK_STAGES,
  SEVENTEEN_TRACK_STATUS,
  SEVENTEEN_TRACK_V1_STATUS,
} from '../stages/seventeen-track-stages.js';
import {TrackingError} from '../tracking-error.js';
import type {Adapter} from './adapter.js';
import {lookup, place} from './fields.js';
import {isSeventeenTrack, webhookItem} from './seventeen-track-shape.js';

/** The item of a webhook or of a whole answer (a bare item as is); a rejected or missing number is `not-found`. */
function itemOf(json: unknown): Json {
  const data = record(json) ?? {};
  const hooked = webhookItem(data);
  if (hooked) return hooked;
  const answer = record(data.data);
  if (!answer) return data;
  const item = list(answer.accepted)
    .map(record)
    .find((accepted) => accepted !== undefined);
  const rejected = list(answer.rejected).map((entry) => text(record(entry)?.number));
  const number = text(item?.number) ?? rejected.find((entry) => entry !== undefined);
  if (!item || (number !== undefined && rejected.includes(number))) {
    throw new TrackingError(
      'not-found',
      number ? `17TRACK found no tracking for ${number}.` : '17TRACK accepted no tracking number.',
      undefined,
      number,
    );
  }
  return item;
}

/** `time_raw {date, time, timezone}`: the carrier's local date and time, in its zone when it gives one. */
function rawInstant(raw: Json | undefined): Instant | undefined {
  const date = text(raw?.date);
  if (!date) return undefined;
  const time = text(raw?.time);
  const offset = parseOffset(raw?.timezone);
  return parseInstant(`${date}${time ? `T${time}` : ''}${offset === undefined ? '' : formatOffset(offset)}`);
}

// `time_raw` may also come as one text, "2026-11-22 13:41" (README "Input formats and stage mapping").
const instantOf = (event: Json) =>
  parseInstant(event.time_iso) ??
  parseInstant(event.time_utc) ??
  (typeof event.time_raw === 'string' ? parseInstant(event.time_raw) : rawInstant(record(event.time_raw)));

/** Milestone `key_stage` by instant: the stage of an event that carries none itself. */
function milestoneStages(info: Json): Map<number, string> {
  const stages = new Map<number, string>();
  for (const value of list(info.milestone)) {
    const milestone = record(value) ?? {};
    const instant = instantOf(milestone);
    const stage = text(milestone.key_stage);
    if (instant && stage) stages.set(instant.epoch, stage);
  }
  return stages;
}

function readEvent(value: unknown, owner: string | undefined, milestones: Map<number, string>): DraftEvent {
  const event = record(value) ?? {};
  const instant = instantOf(event);
  const codes = [text(event.stage), text(event.sub_status), instant && milestones.get(instant.epoch)];
  const address = record(event.address);
  return {
    instant,
    description: text(event.description),
    location: text(event.location) ?? place(address?.city, address?.state, address?.country),
    code: codes.find((code) => code !== undefined),
    codes,
    trackingNumber: owner,
  };
}

/** A v2 item: providers (the local one named by `misc_info`) and their events, shipping info, milestones. */
function readV2(item: Json, number: string | undefined): TrackingDraft {
  // Some receivers hand on the item with track_info's fields beside it, not inside (README
  // "Input formats and stage mapping"): a field missing from track_info is read from the item.
  const info: Json = {...item, ...record(item.track_info)};
  const misc = record(info.misc_info);
  const localNumber = text(misc?.local_number);
  const localName = text(misc?.local_provider)?.toLowerCase();
  const localKey = finite(misc?.local_key);
  const providers = list(at(info, 'tracking', 'providers')).map((entry) => record(entry) ?? {});
  // The local provider is the one misc_info names (by key or name); its events belong to the local number.
  const isLocal = (entry: Json) => {
    const provider = record(entry.provider);
    const key = finite(provider?.key);
    return (
      (key !== undefined && key === localKey) || (!!localName && text(provider?.name)?.toLowerCase() === localName)
    );
  };
  const local = providers.find(isLocal);
  // Without a named local provider, 17TRACK's first provider (the latest leg) is the carrier.
  const provider = record((local ?? (localName ? undefined : providers[0]))?.provider);
  const owner = localNumber && localNumber !== number ? localNumber : undefined;
  const milestones = milestoneStages(info);
  const recipient = record(at(info, 'shipping_info', 'recipient_address') ?? info.recipient_address);
  const eta = record(at(info, 'time_metrics', 'estimated_delivery_date'));
  return {
    trackingNumber: number,
    latestTrackingNumber: localNumber,
    statusHint: lookup(SEVENTEEN_TRACK_STATUS, at(info, 'latest_status', 'status')),
    origin: text(at(info, 'shipping_info', 'shipper_address', 'country')),
    destination: text(recipient?.country),
    deliveryLocation: place(recipient?.city, recipient?.state),
    estimatedDelivery: eta && {from: eta.from, to: eta.to},
    // A provider's `homepage` is its website, never a tracking link (docs/behaviour.md#links).
    carrier: {
      name: text(provider?.name) ?? text(misc?.local_provider),
      phone: text(provider?.tel),
      homepage: text(provider?.homepage),
    },
    codeTable: SEVENTEEN_TRACK_STAGES,
    events: providers.flatMap((entry) =>
      list(entry.events).map((event) => readEvent(event, isLocal(entry) ? owner : undefined, milestones)),
    ),
  };
}

/** A v1 event `{a: time, c: place, z: description}`. */
const readV1Event = (value: unknown): DraftEvent => {
  const event = record(value);
  return {instant: parseInstant(event?.a), description: text(event?.z), location: text(event?.c)};
};

/**
 * A v1 item's `track`: `e` the package status, `z0` the newest event, `z1` the origin
 * carrier's events, `z2` the destination carrier's (the repeated newest one is dropped as a duplicate).
 */
function readV1(track: Json, number: string | undefined): TrackingDraft {
  const events = [track.z0, ...list(track.z1), ...list(track.z2)].map(readV1Event);
  // A v1 answer without one usable event is an old or a failed lookup (its `e` may say
  // anything): `invalid`, never "not shipped yet" (README "Input formats and stage mapping").
  if (!events.some((event) => event.instant && event.description))
    throw new TrackingError('invalid', 'The 17TRACK v1 answer holds no event.');
  return {
    trackingNumber: number,
    statusHint: lookup(SEVENTEEN_TRACK_V1_STATUS, track.e),
    codeTable: SEVENTEEN_TRACK_STAGES,
    events,
  };
}

/** Reads a 17TRACK answer, webhook or item. Never throws on fields; a rejected number is `not-found`. */
function read(json: unknown): TrackingDraft {
  const item = itemOf(json);
  const number = text(item.number);
  if ('track_info' in item) return readV2(item, number);
  const track = record(item.track);
  if (track) return readV1(track, number);
  throw new TrackingError('invalid', 'The 17TRACK item holds no tracking information.');
}

export const seventeenTrack: Adapter = {detect: isSeventeenTrack, read};
