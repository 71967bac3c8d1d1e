// The three providers pointed at a stand-in, for tests every provider must pass alike.
import {aftership, cainiao, seventeenTrack, type Provider} from '../../src/service/index.js';
import {aftershipTracking, CAINIAO, seventeenAccepted} from './payloads.js';
import type {SeenRequest, StandInReply} from './stand-in.js';

export const API_KEY = 'test-key-5f1d0c9a7e';

/** Each provider with its key header (undefined for CAINIAO, which needs none). */
export const PROVIDERS: {name: string; keyHeader?: string; create: (baseUrl: string) => Provider}[] = [
  {name: 'cainiao', create: (baseUrl) => cainiao({baseUrl})},
  {name: '17track', keyHeader: '17token', create: (baseUrl) => seventeenTrack({apiKey: API_KEY, baseUrl})},
  {name: 'aftership', keyHeader: 'as-api-key', create: (baseUrl) => aftership({apiKey: API_KEY, baseUrl})},
];

/** A stand-in answer under which each provider finds `number` in transit. */
export function happyAnswer(provider: string, number: string): (request: SeenRequest) => StandInReply {
  if (provider === 'cainiao') return () => ({body: CAINIAO.inTransit(number)});
  if (provider === '17track') return () => ({body: seventeenAccepted(number)});
  return (request) =>
    request.url.pathname.endsWith('/trackings')
      ? {body: {meta: {code: 200}, data: {trackings: [aftershipTracking(number)]}}}
      : {body: {meta: {code: 200}, data: aftershipTracking(number)}};
}
