// Vue 3: `<order-tracker>` as a typed global component once the consumer opts in.
import type {GlobalComponents} from 'vue';
import type {} from 'order-tracker/jsx/vue';

type Props = InstanceType<GlobalComponents['order-tracker']>['$props'];

export const props: Props = {
  'tracking-number': 'LP00123456789012',
  src: '/api/tracking/{trackingNumber}',
  format: '17track',
  onOrderTrackerLoad: (event) => event.detail.tracking.trackingNumber,
  onOrderTrackerError: (event) => event.detail.kind,
};

// @ts-expect-error: not one of the formats
export const wrong: Props = {format: 'FormatChoice'};
