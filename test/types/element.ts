// The element, as a consumer's strict TypeScript sees it: tag map, properties, events everywhere.
import {OrderTracker, type Tracking} from 'order-tracker';
import {OrderTracker as Bundled} from 'order-tracker/bundle';
import 'order-tracker/define';

const el: OrderTracker = document.createElement('order-tracker');
const found: OrderTracker | null = document.querySelector('order-tracker');
el.trackingNumber = 'LP00123456789012';
el.format = 'cainiao';
// @ts-expect-error: format is a union of its values, not any string
el.format = 'FormatChoice';
el.data = {trackingNumber: 'LP1', events: []};
void el.refreshNow();

const tracking: (tracking: Tracking) => string = (t) => t.status;
el.addEventListener('order-tracker-load', (event) => tracking(event.detail.tracking));
el.addEventListener('order-tracker-error', (event) => event.detail.kind satisfies 'network' | string);
document.addEventListener('order-tracker-load', (event) => tracking(event.detail.tracking));
document.addEventListener('order-tracker-copy', (event) => event.detail.text.toUpperCase());
window.addEventListener('order-tracker-error', (event) => event.detail.error.message);
el.urlParam = 'tracking';
el.orderSrc = '/api/orders/lookup';
document.addEventListener('order-tracker-lookup', (event) =>
  'order' in event.detail ? event.detail.order : event.detail.trackingNumbers.join(),
);
// @ts-expect-error: a lookup never carries the email
document.addEventListener('order-tracker-lookup', (event) => event.detail.email);
// @ts-expect-error: the load event carries the tracking, nothing else
document.addEventListener('order-tracker-load', (event) => event.detail.text);

const load: HTMLElementEventMap['order-tracker-load'] = new CustomEvent('order-tracker-load', {
  detail: {tracking: {} as Tracking},
});
const bundled: typeof OrderTracker = Bundled;
export {found, load, bundled};
