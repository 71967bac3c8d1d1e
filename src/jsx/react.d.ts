/**
 * Typed `<order-tracker>` in React JSX (@types/react 18.2+ and 19). Opt in once, e.g. in the
 * file that registers the element: `import type {} from 'order-tracker/jsx/react';`
 */
import type {OrderTracker} from '../element/order-tracker.js';
import type {OrderTrackerJsxEvents, OrderTrackerJsxProps} from './props.js';

export type {OrderTrackerJsxEvents, OrderTrackerJsxProps};

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'order-tracker': import('react').DetailedHTMLProps<import('react').HTMLAttributes<OrderTracker>, OrderTracker> &
        OrderTrackerJsxProps &
        OrderTrackerJsxEvents;
    }
  }
}
