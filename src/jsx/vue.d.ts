/**
 * Typed `<order-tracker>` in Vue 3 templates (vue-tsc, Volar). Opt in once:
 * `import type {} from 'order-tracker/jsx/vue';` and tell Vue it is a custom element
 * (`compilerOptions.isCustomElement: (tag) => tag === 'order-tracker'`). Vue sets `:data` as a
 * property; listen with `@order-tracker-load`.
 */
import type {DefineComponent} from 'vue';
import type {
  OrderTrackerCopyDetail,
  OrderTrackerErrorDetail,
  OrderTrackerLoadDetail,
  OrderTrackerLookupDetail,
} from '../element/order-tracker.js';
import type {OrderTrackerJsxProps} from './props.js';

/** Props and `@order-tracker-*` listeners, as Vue's template checker reads them. */
export interface OrderTrackerVueProps extends OrderTrackerJsxProps {
  onOrderTrackerLoad?: (event: CustomEvent<OrderTrackerLoadDetail>) => void;
  onOrderTrackerError?: (event: CustomEvent<OrderTrackerErrorDetail>) => void;
  onOrderTrackerCopy?: (event: CustomEvent<OrderTrackerCopyDetail>) => void;
  onOrderTrackerLookup?: (event: CustomEvent<OrderTrackerLookupDetail>) => void;
}

declare module 'vue' {
  interface GlobalComponents {
    'order-tracker': DefineComponent<OrderTrackerVueProps>;
  }
}
