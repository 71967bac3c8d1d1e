import {answer, failed, type UpstreamOutcome} from '../upstream/outcome.js';
import {checkReply, malformed, readJson} from '../upstream/reply-checks.js';
import type {Upstream, UpstreamRequest} from '../upstream/upstream-client.js';
import {endpoint, objectOf, type KeyedProviderOptions, type Provider} from './provider.js';

export const AFTERSHIP_BASE_URL = 'https://api.aftership.com/tracking/2024-07';

/** AfterShip `meta.code`s for a number it cannot track (invalid number, no courier detected). */
const UNTRACKABLE_CODES = new Set([4005, 4012, 4013]);
/** `meta.code` of a create that lost a race: the tracking exists after all. */
const ALREADY_EXISTS = 4003;

/** AfterShip tracking ids are opaque tokens: anything else is not put into a path. */
const TRACKING_ID = /^[\w-]{1,100}$/;

type Reply =
  | {ok: true; body: string; json: unknown; data: Record<string, unknown> | undefined; code: unknown}
  | {ok: false; outcome: UpstreamOutcome};

async function exchange(url: URL, options: KeyedProviderOptions, upstream: Upstream, request: UpstreamRequest = {}) {
  const reply = await upstream(url.href, {...request, headers: {'as-api-key': options.apiKey, ...request.headers}});
  const early = checkReply(reply);
  if (early) return {ok: false, outcome: early} satisfies Reply;
  if (reply.status === 401 || reply.status === 403)
    return {ok: false, outcome: failed('AfterShip refused the API key')} satisfies Reply;
  const json = objectOf(readJson(reply));
  if (!json) return {ok: false, outcome: malformed()} satisfies Reply;
  return {ok: true, body: reply.text, json, data: objectOf(json.data), code: objectOf(json.meta)?.code} satisfies Reply;
}

/**
 * AfterShip's tracking API (`as-api-key` header): the tracking with this number
 * (`GET /trackings?tracking_numbers=`, then `GET /trackings/{id}` for the one-tracking answer the
 * widget reads); created with `POST /trackings` when the account has none yet.
 */
export const aftership = (options: KeyedProviderOptions): Provider => {
  const base = options.baseUrl ?? AFTERSHIP_BASE_URL;

  /** The one-tracking answer of an existing tracking, or undefined when the account has none. */
  async function existing(number: string, upstream: Upstream): Promise<UpstreamOutcome | undefined> {
    const search = endpoint(base, 'trackings');
    search.searchParams.set('tracking_numbers', number);
    const list = await exchange(search, options, upstream);
    if (!list.ok) return list.outcome;
    const trackings = Array.isArray(list.data?.trackings) ? list.data.trackings : [];
    const id = objectOf(trackings.find((tracking) => objectOf(tracking)?.tracking_number === number))?.id;
    if (id === undefined) return undefined;
    if (typeof id !== 'string' || !TRACKING_ID.test(id)) return malformed();
    const one = await exchange(endpoint(base, `trackings/${id}`), options, upstream);
    return one.ok ? answer(one.body, one.json) : one.outcome;
  }

  return {
    name: 'aftership',
    async lookup(number, upstream): Promise<UpstreamOutcome> {
      const found = await existing(number, upstream);
      if (found) return found;
      const created = await exchange(endpoint(base, 'trackings'), options, upstream, {
        method: 'POST',
        headers: {'content-type': 'application/json'},
        body: JSON.stringify({tracking_number: number}),
      });
      if (!created.ok) return created.outcome;
      if (created.code === ALREADY_EXISTS) return (await existing(number, upstream)) ?? {kind: 'not-found'};
      if (typeof created.code === 'number' && UNTRACKABLE_CODES.has(created.code)) return {kind: 'not-found'};
      return answer(created.body, created.json);
    },
  };
};
