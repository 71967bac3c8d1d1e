// The React wrapper in a consumer's TSX: props typed as the element's properties, events as its events.
import {OrderTracker} from 'order-tracker/react';

export const Page = () => (
  <>
    <OrderTracker
      trackingNumber="LP00123456789012"
      src="/api/tracking/{trackingNumber}"
      format="aftership"
      data={{trackingNumber: 'LP1', events: []}}
      onOrderTrackerLoad={(event) => event.detail.tracking.status}
      onOrderTrackerError={(event) => event.detail.kind}
      onOrderTrackerCopy={(event) => event.detail.text}
      onOrderTrackerLookup={(event) => ('order' in event.detail ? event.detail.order : event.detail.trackingNumbers)}
    />
    {/* @ts-expect-error: not one of the formats */}
    <OrderTracker format="xml" />
    {/* @ts-expect-error: the load event carries the tracking, not text */}
    <OrderTracker onOrderTrackerLoad={(event) => event.detail.text} />
  </>
);
