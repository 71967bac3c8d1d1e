import {localDate, type Instant} from '../model/time.js';

const DAY = 86_400_000;

/** Days since 1970-01-01 of the instant's calendar date in its own zone. */
const dayNumber = (instant: Instant) => Date.parse(localDate(instant)) / DAY;

/**
 * Calendar days from the first event's date to the end's date (delivery, or now), each read
 * in its own zone (docs/behaviour.md#statuses): a daylight-saving change in between does not
 * make a day short. Never negative (clock skew, future events).
 */
export const transitDays = (first: Instant, end: Instant) => Math.max(0, dayNumber(end) - dayNumber(first));
