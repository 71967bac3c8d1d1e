/**
 * A response body as text, read as a stream and given up (the stream cancelled) as soon as it
 * passes `maxBytes`, so a huge or endless answer never sits in memory whole. Used by the widget's
 * fetch and by the tracking service for its upstreams; `tooLarge` makes each one's own error.
 */
export async function readCapped(response: Response, maxBytes: number, tooLarge: () => Error): Promise<string> {
  if (Number(response.headers.get('content-length')) > maxBytes) {
    void response.body?.cancel().catch(() => {});
    throw tooLarge();
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let bytes = 0;
  for (;;) {
    const {done, value} = await reader.read();
    if (done) return text + decoder.decode();
    bytes += value.byteLength;
    if (bytes > maxBytes) {
      void reader.cancel().catch(() => {});
      throw tooLarge();
    }
    text += decoder.decode(value, {stream: true});
  }
}
