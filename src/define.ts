import {OrderTracker} from './element/order-tracker.js';

/** Registers `<order-tracker>` once: loading the script twice, or beside another copy, is harmless. */
if (!customElements.get('order-tracker')) customElements.define('order-tracker', OrderTracker);

export {OrderTracker};
