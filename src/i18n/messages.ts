import type {Stage, TrackingStatus} from '../tracking/model/tracking.js';

/** Fills `{name}` placeholders; unknown names stay as written. */
export const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));

/** A message that depends on a count, by `Intl.PluralRules` category; `{n}` is the count. */
export type Plural = Partial<Record<Intl.LDMLPluralRule, string>> & {other: string};

/**
 * Every string the element writes (SPEC §11). `{name}` marks a value filled in at run time.
 * English is built in; other languages live in `locales/` and load on demand.
 */
export interface Messages {
  status: Record<TrackingStatus, string>;
  stageLabel: Record<Stage, string>;
  stageMeaning: Record<Stage, string>;
  /** "Delivered in {n} days". */
  deliveredIn: Plural;
  /** "{n} days in transit". */
  daysInTransit: Plural;
  estimatedDelivery: string;
  trackingNumber: string;
  latestTrackingNumber: string;
  latest: string;
  /** Accessible name of the button that copies one number: "Copy tracking number {number}". */
  copyNumber: string;
  copy: string;
  progress: string;
  /** Accessible name of a step: "Stage {stage}: {label}". */
  stageStep: string;
  route: string;
  /** The origin "Mainland China", as CAINIAO names it. */
  mainlandChina: string;
  origin: string;
  destination: string;
  deliveryLocation: string;
  history: string;
  /** Which number an event belongs to, when there are two. */
  eventOfLatest: string;
  eventOfOriginal: string;
  localCarrier: string;
  call: string;
  /** "Track on {carrier}". */
  trackOn: string;
  /** For a carrier with no direct link: "Copy the latest tracking number and track it on {carrier}'s website." */
  trackYourself: string;
  carrierWebsite: string;
  cainiaoLink: string;
  cainiaoHint: string;
  copyDetails: string;
  copied: string;
  copyFailed: string;
  loading: string;
  noNumber: string;
  noSource: string;
  pendingTitle: string;
  pendingBody: string;
  /** "We couldn't find tracking number {number}." */
  notFound: string;
  notFoundHint: string;
  errorTitle: string;
  network: string;
  timeout: string;
  /** "The tracking service answered with an error ({status})." */
  http: string;
  invalid: string;
  /** For the shop's developer: a file of the widget (the lazy chunk) is missing on the server. */
  missingFile: string;
  retry: string;
  /** "Couldn't refresh — showing information from {time}". */
  staleNotice: string;
  /** Copy-details line labels. */
  carrierLine: string;
  phoneLine: string;
  /** A number refused before any request: "“{number}” is not a tracking number." */
  refusedNumber: string;
  refusedNumberHint: string;
  /** When the next automatic try is planned after a failure: "Next try at {time}." */
  nextTry: string;
  /** The Retry button while its try runs. */
  retrying: string;
}

export const en: Messages = {
  status: {
    pending: 'Not shipped yet',
    in_transit: 'In transit',
    customs: 'Customs clearance',
    out_for_delivery: 'Out for delivery',
    delivered: 'Delivered',
    available_for_pickup: 'Ready for pickup',
    failed_attempt: 'Delivery attempt failed',
    exception: 'Delivery problem',
  },
  stageLabel: {
    A: 'Package collected / Carrier notified',
    B: "In transit / Arrived at carrier's facility",
    C: 'Departed facility / Export cleared',
    D: 'Arrived / Departed international office',
    E: 'Customs clearance in destination country',
    F: 'Arrived at local hub / In transit',
    G: 'Sorting center processing / Carrier notified',
    H: 'Out for delivery / Delivered',
  },
  stageMeaning: {
    A: 'The shop prepared the package; it is ready for pickup by the shipping carrier.',
    B: 'On the way to, or arrived at, a facility that prepares it for the next leg.',
    C: 'It left the shipping facility and cleared customs in the country of origin.',
    D: "It is leaving the origin country or already on its way to the customer's country.",
    E: "Customs in the customer's country is processing it; this may update several times.",
    F: "It reached a major hub in the customer's country and is moving towards delivery.",
    G: 'Sorted for local delivery; the local delivery company is preparing the last leg.',
    H: 'On its way to the door, or delivered.',
  },
  deliveredIn: {one: 'Delivered in {n} day', other: 'Delivered in {n} days'},
  daysInTransit: {one: '{n} day in transit', other: '{n} days in transit'},
  estimatedDelivery: 'Estimated delivery',
  trackingNumber: 'Tracking number',
  latestTrackingNumber: 'Latest tracking number',
  latest: 'Latest',
  copyNumber: 'Copy tracking number {number}',
  copy: 'Copy',
  progress: 'Shipping progress',
  stageStep: 'Stage {stage}: {label}',
  route: 'Route',
  mainlandChina: 'Mainland China',
  origin: 'From',
  destination: 'To',
  deliveryLocation: 'Delivery location',
  history: 'Tracking history',
  eventOfLatest: 'Latest number',
  eventOfOriginal: 'Original number',
  localCarrier: 'Local carrier',
  call: 'Call {carrier}',
  trackOn: 'Track on {carrier}',
  trackYourself: "Copy the latest tracking number and track it on {carrier}'s own website.",
  carrierWebsite: '{carrier} website',
  cainiaoLink: 'Track on CAINIAO',
  cainiaoHint: 'CAINIAO shows both tracking numbers.',
  copyDetails: 'Copy details',
  copied: 'Copied',
  copyFailed: "Couldn't copy. Select the text and copy it by hand.",
  loading: 'Loading tracking information…',
  noNumber: 'Enter a tracking number to see where your parcel is.',
  noSource: 'This tracker has no data source yet: set its src attribute or data property.',
  pendingTitle: 'No tracking information yet',
  pendingBody: 'The order is being prepared. Updates appear here as soon as the carrier scans the parcel.',
  notFound: "We couldn't find tracking number {number}.",
  notFoundHint: 'New numbers can take a day or two to appear. Check the number or try again later.',
  errorTitle: "Tracking isn't available right now",
  network: "We couldn't reach the tracking service. Check your connection and try again.",
  timeout: 'The tracking service took too long to answer. Please try again.',
  http: 'The tracking service answered with an error ({status}). Please try again later.',
  invalid: "We received tracking information we couldn't read.",
  missingFile: 'This tracker is missing one of its files. Upload every file of dist/ beside order-tracker.js.',
  retry: 'Try again',
  staleNotice: "Couldn't refresh — showing information from {time}",
  carrierLine: 'Carrier: {carrier}',
  phoneLine: 'Phone: {phone}',
  refusedNumber: '“{number}” is not a tracking number.',
  refusedNumberHint: 'A tracking number has 5 to 50 letters, digits or hyphens. Check it and try again.',
  nextTry: 'Next try at {time}.',
  retrying: 'Trying again…',
};
