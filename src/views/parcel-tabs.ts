import {html, type TemplateResult} from 'lit';
import {fill} from '../i18n/messages.js';
import {parcelStrings, type ParcelMessages} from '../i18n/parcel-messages.js';
import type {Tracking, TrackingStatus} from '../tracking/model/tracking.js';
import {asTrackingError} from '../tracking/tracking-error.js';
import {normalizeTrackingNumber} from '../tracking/tracking-number.js';
import {renderErrorMessage} from './error-message.js';
import {retryWith} from './message.js';
import {renderSkeleton} from './skeleton.js';
import type {ViewActions, ViewState} from './view-state.js';

/** One parcel as the switcher reads it. */
export interface ParcelView {
  number: string;
  /** The newest tracking shown, kept when a refresh fails. */
  value?: Tracking;
  error?: unknown;
  loading: boolean;
  loadedAt: number;
  /** When its next refresh is planned (ms since the epoch), 0 for none. */
  nextTryAt: number;
}

/** The parcels and which is selected (the element's parcels controller), with the selected one's Retry. */
export interface ParcelList {
  readonly parcels: readonly ParcelView[];
  readonly selected: number;
  select(index: number): void;
  readonly retrier: Parameters<typeof retryWith>[0];
}

/** What the parcels borrow from the view chunk: how a loaded tracking is drawn, and a status in words. */
export interface TrackingViewParts {
  renderTracking(tracking: Tracking, state: ViewState, actions: ViewActions): TemplateResult;
  statusWord(status: TrackingStatus, messages: ViewState['messages']): string;
}

/** The tracker's landmark name while it shows several parcels: "Parcels LP001…, LP002…", listed as the language lists. */
export function parcelsRegionName(parcels: readonly ParcelView[], messages: ViewState['messages'], locale: string) {
  const numbers = parcels.map((parcel) => parcel.value?.trackingNumber || normalizeTrackingNumber(parcel.number));
  const list = new Intl.ListFormat(locale, {type: 'unit', style: 'short'}).format(numbers.filter(Boolean));
  return fill(parcelStrings(messages).parcelsRegion, {numbers: list});
}

const PANEL_ID = 'parcel-panel';
const tabId = (index: number) => `parcel-tab-${index}`;

/** "Package 1 of 2 · Delivered": a tab's whole name, its state included. */
export function parcelTabName(
  parcel: ParcelView,
  index: number,
  count: number,
  m: ParcelMessages & ViewState['messages'],
  statusWord: TrackingViewParts['statusWord'],
) {
  const {value, error} = parcel;
  const state = value
    ? statusWord(value.status, m)
    : parcel.loading || error === undefined
      ? m.parcelLoading
      : asTrackingError(error).kind === 'not-found'
        ? m.parcelNotFound
        : m.parcelFailed;
  return `${fill(m.parcelTab, {n: index + 1, count})} · ${state}`;
}

/**
 * Moves along the tablist as the ARIA tabs pattern does: arrows to the neighbour (wrapping,
 * mirrored in right-to-left text), Home and End to the ends; the tab reached is selected and focused.
 */
function onKeydown(event: KeyboardEvent, selected: number, count: number, select: (index: number) => void) {
  const list = event.currentTarget as HTMLElement;
  const rtl = getComputedStyle(list).direction === 'rtl';
  const step: Record<string, number> = {ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1};
  const next =
    event.key in step
      ? (selected + step[event.key]! + count) % count
      : event.key === 'Home'
        ? 0
        : event.key === 'End'
          ? count - 1
          : -1;
  if (next < 0) return;
  event.preventDefault();
  select(next);
  list.querySelectorAll<HTMLElement>('[role="tab"]')[next]?.focus();
}

/**
 * Several parcels (README "Several parcels"): the switcher (part `parcels`), a tablist with one
 * tab (part `parcel-tab`) per parcel, named with its place and state, only the selected one in
 * the tab order; under it the selected parcel's panel, as one parcel alone shows: its tracking,
 * its error with Retry (the others unaffected), or the loading skeleton.
 */
export function renderParcels(
  list: ParcelList,
  state: ViewState,
  actions: ViewActions,
  view: TrackingViewParts,
): TemplateResult {
  const {parcels, selected} = list;
  // Another parcel: its own current stage, not the one chosen on the previous parcel.
  const select = (index: number) => {
    actions.chooseStage(undefined);
    list.select(index);
  };
  const m = parcelStrings(state.messages);
  const count = parcels.length;
  const parcel = parcels[selected]!;
  const stale = parcel.error !== undefined;
  const panel = parcel.value
    ? view.renderTracking(
        parcel.value,
        {...state, loadedAt: parcel.loadedAt, stale, nextTryAt: stale ? parcel.nextTryAt : 0},
        actions,
      )
    : stale
      ? renderErrorMessage(
          asTrackingError(parcel.error),
          {messages: m, trackingNumber: normalizeTrackingNumber(parcel.number), fileMissing: false},
          retryWith(list.retrier, state.messages),
        )
      : renderSkeleton(state);
  return html`<div part="parcels" class="parcels" role="tablist" aria-label=${m.parcels}
      @keydown=${(event: KeyboardEvent) => onKeydown(event, selected, count, select)}>
      ${parcels.map((each, index) => {
        const tabState = each.value?.status ?? (each.error !== undefined && !each.loading ? 'failed' : 'loading');
        return html`<button part="parcel-tab" class="parcel-tab" role="tab" type="button" id=${tabId(index)}
          data-state=${tabState} aria-selected=${index === selected ? 'true' : 'false'} aria-controls=${PANEL_ID}
          tabindex=${index === selected ? 0 : -1} @click=${() => select(index)}>
          ${parcelTabName(each, index, count, m, view.statusWord)}
        </button>`;
      })}
    </div>
    <div id=${PANEL_ID} class="parcel-panel" role="tabpanel" aria-labelledby=${tabId(selected)} tabindex="0">
      ${panel}
    </div>`;
}
