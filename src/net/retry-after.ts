/** Statuses whose `Retry-After` says when the service wants to be asked again (docs/behaviour.md#refresh). */
const ASKS_TO_WAIT = new Set([429, 503]);

/**
 * When a 429 or 503 answer asks to be asked again (ms since the epoch): its `Retry-After`, in
 * seconds or as an HTTP date; undefined for other statuses, no header, or one that is not a
 * moment still to come.
 */
export function retryAfter(status: number, header: string | null, now: number): number | undefined {
  if (!ASKS_TO_WAIT.has(status) || !header) return undefined;
  const at = /^\s*\d+\s*$/.test(header) ? now + Number(header) * 1000 : Date.parse(header);
  return Number.isFinite(at) && at > now ? at : undefined;
}
