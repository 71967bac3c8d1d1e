import {failed, UpstreamError} from './outcome.js';

/** Upstream bodies larger than this are refused (no tracking answer comes near it). */
export const MAX_UPSTREAM_BYTES = 5 * 1024 * 1024;

const tooLarge = () => new UpstreamError(failed('upstream body over the size cap'));

/**
 * The body as text, read as a stream and abandoned as soon as it passes `maxBytes`, so a huge
 * or endless answer never sits in memory whole.
 */
export async function readCapped(response: Response, maxBytes = MAX_UPSTREAM_BYTES): Promise<string> {
  if (Number(response.headers.get('content-length')) > maxBytes) {
    await response.body?.cancel();
    throw tooLarge();
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let size = 0;
  for (;;) {
    const {done, value} = await reader.read();
    if (done) return text + decoder.decode();
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    text += decoder.decode(value, {stream: true});
  }
}
