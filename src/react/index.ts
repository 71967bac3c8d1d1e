/**
 * `<OrderTracker>` for React (README "React and Next.js"): registers `<order-tracker>` and wraps
 * it with @lit/react, which sets every prop as a property (`data` included) and adds the event
 * listeners itself, so neither is lost when React hydrates server-rendered markup.
 * Events are `onOrderTrackerLoad`, `onOrderTrackerError`, `onOrderTrackerCopy` and `onOrderTrackerLookup`, named after
 * the element's events so they never shadow React's own `onLoad`, `onError` and `onCopy`.
 */
import * as React from 'react';
import {createComponent, type EventName} from '@lit/react';
import {
  OrderTracker as OrderTrackerElement,
  type OrderTrackerCopyDetail,
  type OrderTrackerErrorDetail,
  type OrderTrackerLoadDetail,
  type OrderTrackerLookupDetail,
} from '../element/order-tracker.js';
import '../define.js';

export const OrderTracker = createComponent({
  tagName: 'order-tracker',
  elementClass: OrderTrackerElement,
  react: React,
  events: {
    onOrderTrackerLoad: 'order-tracker-load' as EventName<CustomEvent<OrderTrackerLoadDetail>>,
    onOrderTrackerError: 'order-tracker-error' as EventName<CustomEvent<OrderTrackerErrorDetail>>,
    onOrderTrackerCopy: 'order-tracker-copy' as EventName<CustomEvent<OrderTrackerCopyDetail>>,
    onOrderTrackerLookup: 'order-tracker-lookup' as EventName<CustomEvent<OrderTrackerLookupDetail>>,
  },
  displayName: 'OrderTracker',
});

export type {OrderTrackerCopyDetail, OrderTrackerErrorDetail, OrderTrackerLoadDetail, OrderTrackerLookupDetail};
