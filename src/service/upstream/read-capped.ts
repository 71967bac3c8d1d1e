import {readCapped as readBody} from '../../net/read-capped.js';
import {failed, UpstreamError} from './outcome.js';

/** Upstream bodies larger than this are refused (no tracking answer comes near it). */
export const MAX_UPSTREAM_BYTES = 5 * 1024 * 1024;

const tooLarge = () => new UpstreamError(failed('upstream body over the size cap'));

/** An upstream's body as text, refused as a failure past `maxBytes` (README "The tracking service"). */
export const readCapped = (response: Response, maxBytes = MAX_UPSTREAM_BYTES) => readBody(response, maxBytes, tooLarge);
