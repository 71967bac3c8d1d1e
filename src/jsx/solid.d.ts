/**
 * Typed `<order-tracker>` in Solid JSX. Opt in once: `import type {} from 'order-tracker/jsx/solid';`
 * Solid sets attributes by default: pass the data object as `prop:data`, listen with `on:order-tracker-load`.
 */
import type {
  OrderTracker,
  OrderTrackerCopyDetail,
  OrderTrackerErrorDetail,
  OrderTrackerLoadDetail,
  OrderTrackerLookupDetail,
} from '../element/order-tracker.js';
import type {OrderTrackerJsxProps} from './props.js';

export type {OrderTrackerJsxProps};

declare module 'solid-js' {
  namespace JSX {
    interface IntrinsicElements {
      'order-tracker': import('solid-js').JSX.HTMLAttributes<OrderTracker> &
        OrderTrackerJsxProps & {
          'prop:data'?: unknown;
          'on:order-tracker-load'?: (event: CustomEvent<OrderTrackerLoadDetail>) => void;
          'on:order-tracker-error'?: (event: CustomEvent<OrderTrackerErrorDetail>) => void;
          'on:order-tracker-copy'?: (event: CustomEvent<OrderTrackerCopyDetail>) => void;
          'on:order-tracker-lookup'?: (event: CustomEvent<OrderTrackerLookupDetail>) => void;
        };
    }
  }
}
