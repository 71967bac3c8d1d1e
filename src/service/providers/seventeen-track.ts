import {answer, failed, refused, type UpstreamOutcome} from '../upstream/outcome.js';
import {checkReply, malformed, readJson} from '../upstream/reply-checks.js';
import type {Upstream} from '../upstream/upstream-client.js';
import {endpoint, objectOf, type KeyedProviderOptions, type Provider} from './provider.js';

export const SEVENTEEN_TRACK_BASE_URL = 'https://api.17track.net/track/v2.2';

/** 17TRACK v2 error codes this provider acts on (from its API documentation). */
const CODES = {
  alreadyRegistered: -18019901,
  notRegistered: -18019902,
  dailyLimit: -18019907,
  quotaUsedUp: -18019908,
} as const;

/** A used-up quota will not come back within minutes. */
const QUOTA_RETRY_AFTER_SECONDS = 3600;

const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

const numbersOnly = (codes: unknown[]) => codes.filter((code): code is number => typeof code === 'number');

/** The error codes of a v2 answer: the account's (`data.errors[]`) and this number's (`data.rejected[]`). */
function errorCodes(json: unknown, number: string) {
  const data = objectOf(objectOf(json)?.data);
  const account = numbersOnly(asList(data?.errors).map((error) => objectOf(error)?.code));
  const rejected = asList(data?.rejected)
    .map(objectOf)
    .filter((entry) => entry?.number === number)
    .map((entry) => objectOf(entry?.error)?.code);
  return {account, rejected: numbersOnly(rejected), all: [...account, ...numbersOnly(rejected)]};
}

type Codes = ReturnType<typeof errorCodes>;
type Exchange = {ok: true; body: string; json: unknown; codes: Codes} | {ok: false; outcome: UpstreamOutcome};

/** POSTs `[{number}]` to one v2 endpoint (`register`, `gettrackinfo`) with the `17token` key header. */
async function exchange(path: string, number: string, options: KeyedProviderOptions, upstream: Upstream) {
  const reply = await upstream(endpoint(options.baseUrl ?? SEVENTEEN_TRACK_BASE_URL, path).href, {
    method: 'POST',
    headers: {'17token': options.apiKey, 'content-type': 'application/json'},
    body: JSON.stringify([{number}]),
  });
  const early = checkReply(reply);
  if (early) return {ok: false, outcome: early} satisfies Exchange;
  if (reply.status === 401 || reply.status === 403)
    return {ok: false, outcome: failed('17TRACK refused the API key')} satisfies Exchange;
  const json = readJson(reply);
  if (!objectOf(json)) return {ok: false, outcome: malformed()} satisfies Exchange;
  return {ok: true, body: reply.text, json, codes: errorCodes(json, number)} satisfies Exchange;
}

/**
 * What the error codes forbid passing on: a used-up quota or daily limit (a refusal for an
 * hour), any other account-level error (a bad key, a malformed request: a failure).
 */
function accountProblem(codes: Codes): UpstreamOutcome | undefined {
  if (codes.all.includes(CODES.quotaUsedUp) || codes.all.includes(CODES.dailyLimit))
    return refused('17TRACK quota used up', QUOTA_RETRY_AFTER_SECONDS);
  if (codes.account.length) return failed('17TRACK refused the request');
  return undefined;
}

/** Numbers remembered as registered per provider: enough for a shop's open parcels, bounded in memory. */
const MAX_REMEMBERED = 10_000;

/**
 * 17TRACK v2 (`17token` key): a number is registered (`register`) before it is asked for
 * (`gettrackinfo`), once per process (registered numbers are remembered, the newest 10,000);
 * "already registered" is no error. One that `gettrackinfo` still calls unregistered (17TRACK
 * stopped tracking it) is registered again, once. Its answers pass on unchanged, rejected numbers
 * included (the widget reads them as "not found"). README "The tracking service".
 */
export const seventeenTrack = (options: KeyedProviderOptions): Provider => {
  const registered = new Set<string>();

  /** Registers `number`; what to answer instead of asking for it, or undefined once it is registered. */
  async function register(number: string, upstream: Upstream): Promise<UpstreamOutcome | undefined> {
    const registration = await exchange('register', number, options, upstream);
    if (!registration.ok) return registration.outcome;
    const problem = accountProblem(registration.codes);
    if (problem) return problem;
    // A number 17TRACK will not register (no carrier detected, bad format) is answered as it said.
    if (registration.codes.rejected.some((code) => code !== CODES.alreadyRegistered))
      return answer(registration.body, registration.json);
    registered.add(number);
    if (registered.size > MAX_REMEMBERED) {
      const [oldest] = registered;
      registered.delete(oldest);
    }
    return undefined;
  }

  return {
    name: '17track',
    async lookup(number, upstream): Promise<UpstreamOutcome> {
      if (!registered.has(number)) {
        const stop = await register(number, upstream);
        if (stop) return stop;
      }
      let info = await exchange('gettrackinfo', number, options, upstream);
      if (info.ok && info.codes.rejected.includes(CODES.notRegistered)) {
        registered.delete(number);
        const stop = await register(number, upstream);
        if (stop) return stop;
        info = await exchange('gettrackinfo', number, options, upstream);
      }
      if (!info.ok) return info.outcome;
      return accountProblem(info.codes) ?? answer(info.body, info.json);
    },
  };
};
