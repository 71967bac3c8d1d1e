/**
 * Typed `<order-tracker>` in Preact JSX. Opt in once: `import type {} from 'order-tracker/jsx/preact';`
 */
import type {OrderTracker} from '../element/order-tracker.js';
import type {OrderTrackerJsxEvents, OrderTrackerJsxProps} from './props.js';

export type {OrderTrackerJsxEvents, OrderTrackerJsxProps};

declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements {
      'order-tracker': import('preact').HTMLAttributes<OrderTracker> & OrderTrackerJsxProps & OrderTrackerJsxEvents;
    }
  }
}
