/**
 * JSX props of `<order-tracker>` (README "API"), shared by the framework typings beside this file.
 * Hand-written declarations: `npm run build:types` copies src/jsx/ as-is to dist/lib/jsx/.
 */
import type {
  OrderTrackerCopyDetail,
  OrderTrackerErrorDetail,
  OrderTrackerLoadDetail,
  OrderTrackerLookupDetail,
} from '../element/order-tracker.js';
import type {FormatChoice} from '../tracking/adapters/formats.js';

/** The element's attributes and properties. */
export interface OrderTrackerJsxProps {
  /** The original tracking number; several separated by commas or new lines. */
  'tracking-number'?: string;
  trackingNumber?: string;
  /** URL of the tracking JSON; `{trackingNumber}` is replaced by the URL-encoded number. */
  src?: string;
  /** Tracking JSON given directly (a property: React 19 and Preact set it as one; Solid needs `prop:data`). */
  data?: unknown;
  /** Input format; `auto` detects it. */
  format?: FormatChoice;
  /** UI language (BCP 47). */
  lang?: string;
  /** Re-fetch period in seconds while not delivered (0 = off). */
  refresh?: number | string;
  /** Where the CAINIAO block links; `{trackingNumber}` as in `src`. */
  'cainiao-url'?: string;
  cainiaoUrl?: string;
  /** The page-URL query parameter that gives the number(s) when `tracking-number` is empty. */
  'url-param'?: string;
  urlParam?: string;
  /** The shop's order-lookup endpoint: offers "order number + email" in the lookup form. */
  'order-src'?: string;
  orderSrc?: string;
}

/** The element's events, for frameworks that bind `on<event-name>` props to custom events (React 19, Preact). */
export interface OrderTrackerJsxEvents {
  'onorder-tracker-load'?: (event: CustomEvent<OrderTrackerLoadDetail>) => void;
  'onorder-tracker-error'?: (event: CustomEvent<OrderTrackerErrorDetail>) => void;
  'onorder-tracker-copy'?: (event: CustomEvent<OrderTrackerCopyDetail>) => void;
  'onorder-tracker-lookup'?: (event: CustomEvent<OrderTrackerLookupDetail>) => void;
}
