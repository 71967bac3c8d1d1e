import type {ReactiveControllerHost} from 'lit';
import type {FormatChoice} from '../../tracking/adapters/formats.js';
import type {Tracking} from '../../tracking/model/tracking.js';
import {asTrackingError} from '../../tracking/tracking-error.js';
import {emit, emitError, type OrderTrackerLoadDetail} from '../emit.js';
import {sameTracking} from '../same-tracking.js';
import {ParcelsController} from './parcels-controller.js';
import {RetryController} from './retry-controller.js';

/**
 * Several parcels of tracking data (README "Several parcels"), as the element shows them:
 * `order-tracker-load` once per parcel and new data (an identical refresh is not new),
 * `order-tracker-error` per failure, a delivered parcel done. Comes with the track-page chunk;
 * reading is the view chunk's, handed in.
 */
export class TrackingParcels extends ParcelsController<Tracking> {
  /** The selected parcel's Retry; `focus` gives what takes the focus once it shows data. */
  readonly retrier: RetryController;

  constructor(
    host: ReactiveControllerHost & EventTarget & {readonly renderRoot: HTMLElement | DocumentFragment},
    load: (number: string, signal: AbortSignal) => Promise<Tracking>,
    period: (number: string, tracking: Tracking | undefined) => number,
    focus: () => HTMLElement | null,
  ) {
    super(host, {
      load,
      period: ({number, value}) => period(number, value),
      done: (tracking) => tracking.delivered,
      same: sameTracking,
      onLoad: ({value}) => emit<OrderTrackerLoadDetail>(host, 'order-tracker-load', {tracking: value!}),
      onError: (_parcel, reason) => {
        const error = asTrackingError(reason);
        emitError(host, error);
      },
    });
    this.retrier = new RetryController(host, async () => void (await this.retry(this.selected)), focus);
  }

  /** `data` as an array: each item read as its own parcel (with the element's number at its place). */
  readAll(
    items: readonly unknown[],
    format: FormatChoice,
    numbers: readonly string[],
    read: (json: unknown, format: FormatChoice, number: string) => Tracking,
  ) {
    this.present(
      items.map((item, index) => {
        const number = numbers[index]?.trim() ?? '';
        try {
          return {number, value: read(item, format, number)};
        } catch (error) {
          return {number, error: asTrackingError(error)};
        }
      }),
    );
  }
}
