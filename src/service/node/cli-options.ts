import {parseArgs} from 'node:util';
import {isProviderName, PROVIDER_NAMES, type ProviderName} from '../providers/by-name.js';

export const USAGE = `order-tracker-server: the tracking service for <order-tracker>

  --provider cainiao|17track|aftership   where tracking comes from (default cainiao)
  --port 8787 --host 127.0.0.1           where to listen
  --base /api/tracking                   GET <base>/<number>
  --upstream URL                         the provider's API base URL (regions, tests)
  --allow-origin ORIGIN                  a shop origin allowed by CORS (repeatable)
  --redis URL                            keep answers in Redis instead of memory
  --rate-limit 30                        lookups per client a minute (0: none)
  --trust-proxy-header NAME              take the client's address from this header (behind a CDN)

The API key of 17track and aftership comes from ORDER_TRACKER_API_KEY.`;

export interface CliOptions {
  provider: ProviderName;
  port: number;
  host: string;
  base: string;
  upstream?: string;
  allowOrigins: string[];
  redis?: string;
  rateLimit: number;
  trustProxyHeader?: string;
  help: boolean;
}

const wholeNumber = (value: string, name: string, max: number) => {
  const number = Number(value);
  if (!/^\d+$/.test(value) || number > max) throw new Error(`--${name} must be a whole number up to ${max}.`);
  return number;
};

/** Whether `value` is exactly an origin (`https://shop.example`, no path, no trailing slash). */
function isOrigin(value: string) {
  try {
    return new URL(value).origin === value;
  } catch {
    return false;
  }
}

/** The command line read into options; throws with a message for the user on anything wrong. */
export function readCliOptions(args: string[]): CliOptions {
  const {values} = parseArgs({
    args,
    strict: true,
    options: {
      provider: {type: 'string', default: 'cainiao'},
      port: {type: 'string', default: '8787'},
      host: {type: 'string', default: '127.0.0.1'},
      base: {type: 'string', default: '/api/tracking'},
      upstream: {type: 'string'},
      'allow-origin': {type: 'string', multiple: true, default: []},
      redis: {type: 'string'},
      'rate-limit': {type: 'string', default: '30'},
      'trust-proxy-header': {type: 'string'},
      help: {type: 'boolean', default: false},
    },
  });
  if (!isProviderName(values.provider)) throw new Error(`--provider must be one of ${PROVIDER_NAMES.join(', ')}.`);
  if (!values.base.startsWith('/')) throw new Error('--base must start with /.');
  for (const origin of values['allow-origin']) {
    if (!isOrigin(origin))
      throw new Error(`--allow-origin takes an origin such as https://shop.example, not ${origin}.`);
  }
  return {
    provider: values.provider,
    port: wholeNumber(values.port, 'port', 65_535),
    host: values.host,
    base: values.base,
    upstream: values.upstream,
    allowOrigins: values['allow-origin'],
    redis: values.redis,
    rateLimit: wholeNumber(values['rate-limit'], 'rate-limit', 1_000_000),
    trustProxyHeader: values['trust-proxy-header'],
    help: values.help,
  };
}
