import {DEFAULT_RETRY_AFTER_SECONDS, failed, refused, type UpstreamOutcome} from './outcome.js';
import type {UpstreamReply} from './upstream-client.js';

/** Refusals never make a client wait longer than this, whatever the upstream asks. */
const MAX_RETRY_AFTER_SECONDS = 3600;

/** The upstream's `Retry-After` (seconds or an HTTP date) in whole seconds, within bounds. */
export function retryAfterOf(reply: UpstreamReply, now = Date.now()): number {
  const value = reply.headers.get('retry-after')?.trim() ?? '';
  const seconds = /^\d+$/.test(value) ? Number(value) : (Date.parse(value) - now) / 1000;
  if (!Number.isFinite(seconds)) return DEFAULT_RETRY_AFTER_SECONDS;
  return Math.min(MAX_RETRY_AFTER_SECONDS, Math.max(1, Math.ceil(seconds)));
}

/** An HTML page where JSON was asked for: a captcha, a login or a block page. */
const isHtml = (reply: UpstreamReply) =>
  /html/i.test(reply.headers.get('content-type') ?? '') || reply.text.trimStart().startsWith('<');

/**
 * What every upstream's reply can mean before its JSON is read: a refusal (429, a redirect, an
 * HTML page), a server failure (5xx), an unknown number (404). Undefined when the body is to be read.
 */
export function checkReply(reply: UpstreamReply): UpstreamOutcome | undefined {
  if (reply.status === 429) return refused('upstream rate limit', retryAfterOf(reply));
  if (reply.status >= 500) return failed(`upstream answered ${reply.status}`);
  if (reply.status >= 300 && reply.status < 400) return refused('upstream redirected (captcha or login page)');
  if (isHtml(reply)) return refused('upstream answered an HTML page (captcha or block page)');
  if (reply.status === 404) return {kind: 'not-found'};
  return undefined;
}

/** The reply's JSON, or undefined when it is not JSON. */
export function readJson(reply: UpstreamReply): unknown {
  try {
    return JSON.parse(reply.text);
  } catch {
    return undefined;
  }
}

export const malformed = () => failed('upstream answered malformed JSON');
