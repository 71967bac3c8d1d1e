/**
 * The track-page chunk: what a "Track your order" page needs beyond one known parcel (README
 * "Track-your-order page"): the lookup form with its state and the order lookup, the parcel
 * switcher with the machinery of several parcels, their styles. Loaded only by an element that
 * shows the form or several parcels, so a page tracking one known number never downloads it.
 */
export {renderLookupForm} from './lookup-form.js';
export {lookupFormStyles} from './lookup-form.styles.js';
export {LookupController} from '../element/controllers/lookup-controller.js';
export {renderParcels} from './parcel-tabs.js';
export {parcelTabsStyles} from './parcel-tabs.styles.js';
export {TrackingParcels} from '../element/controllers/tracking-parcels.js';
