/** The normalized tracking (docs/behaviour.md#statuses): what every adapter produces and the element renders. */

export const STAGES = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'] as const;
export type Stage = (typeof STAGES)[number];

export const STATUSES = [
  'pending',
  'in_transit',
  'customs',
  'out_for_delivery',
  'delivered',
  'available_for_pickup',
  'failed_attempt',
  'exception',
] as const;
export type TrackingStatus = (typeof STATUSES)[number];

export type StepState = 'done' | 'current' | 'upcoming';

export interface TrackingEvent {
  /** ISO 8601 with the event's own UTC offset when the input gave one, else `Z`. */
  time: string;
  description: string;
  location?: string;
  stage?: Stage;
  code?: string;
  /** Which tracking number the event belongs to, when the data says. */
  trackingNumber?: string;
}

export interface Carrier {
  name: string;
  code?: string;
  phone?: string;
  /** A tracking link from the data (already checked against the URL allow-list). */
  url?: string;
  /** The carrier's homepage from the data: offered as its website, never as a tracking link. */
  homepage?: string;
}

/** Dates as `YYYY-MM-DD`; `from` equals `to` for a single day. */
export interface DeliveryWindow {
  from: string;
  to: string;
}

export interface Tracking {
  trackingNumber: string;
  latestTrackingNumber?: string;
  status: TrackingStatus;
  stage?: Stage;
  delivered: boolean;
  /**
   * Calendar days from the first event to delivery, or to now (however long ago the newest
   * event was: the view, not the data, says "No update since …" for a parcel quiet for weeks).
   */
  transitDays?: number;
  origin?: string;
  destination?: string;
  deliveryLocation?: string;
  estimatedDelivery?: DeliveryWindow;
  carrier?: Carrier;
  /** Newest first. */
  events: TrackingEvent[];
}

export const isStage = (value: unknown): value is Stage =>
  typeof value === 'string' && (STAGES as readonly string[]).includes(value);

export const isStatus = (value: unknown): value is TrackingStatus =>
  typeof value === 'string' && (STATUSES as readonly string[]).includes(value);
