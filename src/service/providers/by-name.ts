import {aftership} from './aftership.js';
import {cainiao} from './cainiao.js';
import type {Provider} from './provider.js';
import {seventeenTrack} from './seventeen-track.js';

export const PROVIDER_NAMES = ['cainiao', '17track', 'aftership'] as const;
export type ProviderName = (typeof PROVIDER_NAMES)[number];

export const isProviderName = (name: string): name is ProviderName =>
  (PROVIDER_NAMES as readonly string[]).includes(name);

/** A provider from its name, as the command line and configuration files give it. */
export function providerByName(
  name: ProviderName,
  {apiKey = '', baseUrl}: {apiKey?: string; baseUrl?: string},
): Provider {
  if (name === 'cainiao') return cainiao({baseUrl});
  if (!apiKey) throw new Error(`The ${name} provider needs an API key (ORDER_TRACKER_API_KEY).`);
  return name === '17track' ? seventeenTrack({apiKey, baseUrl}) : aftership({apiKey, baseUrl});
}
