/**
 * The track-page chunk: what a "Track your order" page needs beyond one known parcel (README
 * "Track-your-order page"): the lookup form with its state and the order lookup, the parcel
 * switcher with the machinery of several parcels, their styles. Loaded only by an element that
 * shows the form or several parcels, so a page tracking one known number never downloads it.
 */
import {lookupFormStyles} from './lookup-form.styles.js';
import {parcelTabsStyles} from './parcel-tabs.styles.js';

export {renderLookupForm} from './lookup-form.js';
export {LookupController} from '../element/controllers/lookup-controller.js';
export {parcelsRegionName, renderParcels} from './parcel-tabs.js';
export {TrackingParcels} from '../element/controllers/tracking-parcels.js';
/** What the chunk adds to the element's styles. */
export const styles = [lookupFormStyles, parcelTabsStyles];
