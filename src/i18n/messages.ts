import type {Stage, StepState, TrackingStatus} from '../tracking/model/tracking.js';
import type {LookupMessages} from './lookup-messages.js';
import type {ParcelMessages} from './parcel-messages.js';

/** Fills `{name}` placeholders; unknown names stay as written. */
export const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));

/** A message that depends on a count, by `Intl.PluralRules` category; `{n}` is the count. */
export type Plural = Partial<Record<Intl.LDMLPluralRule, string>> & {other: string};

/**
 * The strings of the shell (docs/behaviour.md#languages): what the element writes before the
 * view chunk is there (loading, errors, the progress bar). `{name}` marks a value filled in at
 * run time. English is built in; other languages live in `locales/` and load on demand.
 */
export interface Messages {
  /** A step's short label on the progress bar: "Customs". */
  stepLabel: Record<Stage, string>;
  /** A step's state, as its accessible name ends. */
  stepState: Record<StepState, string>;
  /** Accessible name of a step: "Step {n} of {total}, {label}: {state}". */
  stageStep: string;
  /** Name of the tracker's region: "Parcel {number}". */
  regionName: string;
  progress: string;
  /** The origin "Mainland China", as CAINIAO names it. */
  loading: string;
  noNumber: string;
  noSource: string;
  /** "We couldn't find tracking number {number}." */
  notFound: string;
  notFoundHint: string;
  errorTitle: string;
  network: string;
  timeout: string;
  /** The tracking service answered with an HTTP error (its code is for the developer, not said here). */
  http: string;
  invalid: string;
  /** For the shop's developer: a file of the widget (the lazy chunk) is missing on the server. */
  missingFile: string;
  retry: string;
  /** The Retry button while its try runs. */
  retrying: string;
  /** A number refused before any request: "“{number}” is not a tracking number." */
  refusedNumber: string;
  refusedNumberHint: string;
}

/**
 * The words of a loaded tracking: everything but the shell's. English lives in
 * `tracking-messages.ts`, which comes with the view chunk; other languages carry both.
 */
export interface TrackingMessages {
  mainlandChina: string;
  copied: string;
  copyFailed: string;
  status: Record<TrackingStatus, string>;
  /** A stage's full label, the explanation of its step: "Customs clearance in destination country". */
  stageLabel: Record<Stage, string>;
  /** What the current stage means for the customer, in the present. */
  stageMeaning: Record<Stage, string>;
  /** What a stage behind the parcel meant, in the past. */
  stageDone: Record<Stage, string>;
  /** What a stage ahead of the parcel will bring, in the future. */
  stageNext: Record<Stage, string>;
  /** Stage H as what happened: delivered (under "Delivered on …"), out for delivery, at a pickup point, a failed attempt. */
  arrival: Record<'delivered' | 'out_for_delivery' | 'available_for_pickup' | 'failed_attempt', string>;
  /** The chosen step's sentence in its tense: "Done on {date}: {meaning}", "Next: {meaning}". */
  stepDone: string;
  stepDoneUndated: string;
  stepNext: string;
  /** The "when" line: "Delivered on {date}", "Estimated delivery: {window}", "Last update {time} · {place}". */
  deliveredOn: string;
  estimatedDelivery: string;
  lastUpdate: string;
  lastUpdateAt: string;
  /** Transit time: "Delivered in {n} days", "{n} days in transit", with their zero-day and stale forms. */
  deliveredIn: Plural;
  daysInTransit: Plural;
  deliveredSameDay: string;
  shippedToday: string;
  noUpdateSince: string;
  trackingNumber: string;
  /** The latest number's label, naming its carrier: "{carrier} tracking number"; without one, `localTrackingNumber`. */
  carrierTrackingNumber: string;
  localTrackingNumber: string;
  latest: string;
  /** Accessible name of the button that copies one number: "Copy tracking number {number}". */
  copyNumber: string;
  copy: string;
  route: string;
  origin: string;
  destination: string;
  deliveryLocation: string;
  history: string;
  /** "Show all {n} updates" under a shortened log, and its way back. */
  showAll: Plural;
  showFewer: string;
  /** Which number an event belongs to, when both have events. */
  eventOfLatest: string;
  eventOfOriginal: string;
  localCarrier: string;
  /** Accessible name of the phone link: "Call {carrier} at {phone}". */
  call: string;
  /** "Track on {carrier}". */
  trackOn: string;
  /** For a carrier with no direct link: "Copy the latest tracking number and track it on {carrier}'s website." */
  trackYourself: string;
  carrierWebsite: string;
  cainiaoLink: string;
  cainiaoHint: string;
  copyDetails: string;
  pendingTitle: string;
  pendingBody: string;
  /** "Couldn't refresh — showing information from {time}". */
  staleNotice: string;
  /** Copy-details lines. */
  trackingNumberLine: string;
  latestNumberLine: string;
  carrierLine: string;
  phoneLine: string;
  /** When the next automatic try is planned after a failure: "Next try at {time}." */
  nextTry: string;
}

/**
 * A whole catalogue: the shell, the loaded view, and the track-page chunk's lookup form and
 * parcel switcher (whose English ships with that chunk: `lookup-messages.ts`, `parcel-messages.ts`).
 */
export type AllMessages = Messages & TrackingMessages & LookupMessages & ParcelMessages;

/** English of the shell: built into the script a shop embeds. */
export const en: Messages = {
  stepLabel: {
    A: 'Prepared',
    B: 'Shipped',
    C: 'Export',
    D: 'International',
    E: 'Customs clearance',
    F: 'In your country',
    G: 'Sorting',
    H: 'Delivery',
  },
  stepState: {done: 'done', current: 'current', upcoming: 'upcoming'},
  stageStep: 'Step {n} of {total}, {label}: {state}',
  regionName: 'Parcel {number}',
  progress: 'Shipping progress',
  loading: 'Loading tracking information…',
  noNumber: 'Enter a tracking number to see where your parcel is.',
  noSource: 'This tracker has no data source yet: set its src attribute or data property.',
  notFound: "We couldn't find tracking number {number}.",
  notFoundHint: 'New numbers can take a day or two to appear. Check the number or try again later.',
  errorTitle: "Tracking isn't available right now",
  network: "We couldn't reach the tracking service. Check your connection and try again.",
  timeout: 'The tracking service took too long to answer. Please try again.',
  http: 'The tracking service ran into a problem. Please try again later.',
  invalid: "We received tracking information we couldn't read.",
  missingFile: 'This tracker is missing one of its files. Upload every file of dist/ beside order-tracker.js.',
  retry: 'Try again',
  retrying: 'Trying again…',
  refusedNumber: '“{number}” is not a tracking number.',
  refusedNumberHint: 'A tracking number has 5 to 50 letters, digits or hyphens. Check it and try again.',
};
