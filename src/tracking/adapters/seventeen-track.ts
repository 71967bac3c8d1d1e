import type {DraftEvent, TrackingDraft} from '../model/draft.js';
import {at, finite, list, record, text, type Json} from '../model/read.js';
import {parseInstant} from '../model/time.js';
import {SEVENTEEN_TRACK_STAGES, SEVENTEEN_TRACK_STATUS} from '../stages/seventeen-track-stages.js';
import {classifyEvent} from '../stages/stage-engine.js';
import {TrackingError} from '../tracking-error.js';
import type {Adapter} from './adapter.js';
import {lookup, place} from './fields.js';

/** A whole 17TRACK v2 `gettrackinfo` answer (`data.accepted` / `data.rejected`) or one accepted item. */
function detect(json: unknown): boolean {
  const data = record(json);
  if (!data) return false;
  const answer = record(data.data);
  if (answer && (Array.isArray(answer.accepted) || Array.isArray(answer.rejected))) return true;
  return 'number' in data && 'track_info' in data;
}

/** The accepted item of a whole answer (a bare item as is); a rejected or missing number is `not-found`. */
function acceptedItem(json: unknown): Json {
  const data = record(json) ?? {};
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

const instantOf = (event: Json) => parseInstant(event.time_iso) ?? parseInstant(event.time_utc);

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
  const description = text(event.description);
  const code = text(event.stage) ?? (instant && milestones.get(instant.epoch));
  const address = record(event.address);
  return {
    instant,
    description,
    location: text(event.location) ?? place(address?.city, address?.state, address?.country),
    code,
    trackingNumber: owner,
    ...classifyEvent(description ?? '', code, SEVENTEEN_TRACK_STAGES),
  };
}

/** Reads a 17TRACK answer or item. Never throws on fields; a rejected number is `not-found`. */
function read(json: unknown): TrackingDraft {
  const item = acceptedItem(json);
  const info = record(item.track_info) ?? {};
  const number = text(item.number);
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
  const recipient = record(at(info, 'shipping_info', 'recipient_address'));
  const eta = record(at(info, 'time_metrics', 'estimated_delivery_date'));
  return {
    trackingNumber: number,
    latestTrackingNumber: localNumber,
    statusHint: lookup(SEVENTEEN_TRACK_STATUS, at(info, 'latest_status', 'status')),
    origin: text(at(info, 'shipping_info', 'shipper_address', 'country')),
    destination: text(recipient?.country),
    deliveryLocation: place(recipient?.city, recipient?.state),
    estimatedDelivery: eta && {from: eta.from, to: eta.to},
    // A provider's `homepage` is its website, never a tracking link (SPEC §2.6).
    carrier: {
      name: text(provider?.name) ?? text(misc?.local_provider),
      phone: text(provider?.tel),
      homepage: text(provider?.homepage),
    },
    events: providers.flatMap((entry) =>
      list(entry.events).map((event) => readEvent(event, isLocal(entry) ? owner : undefined, milestones)),
    ),
  };
}

export const seventeenTrack: Adapter = {detect, read};
