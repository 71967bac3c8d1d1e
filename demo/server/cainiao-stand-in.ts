// The demo's stand-in for CAINIAO's `global/detail.json`: it answers from demo/fixtures/{number}.json,
// so `npm start` runs the tracking service end to end with no network.
import {existsSync, readFileSync} from 'node:fs';
import type {IncomingMessage, ServerResponse} from 'node:http';
import {resolve} from 'node:path';

/** Where the stand-in is served on the dev server. */
export const STAND_IN_PATH = '/__cainiao';

const fixtures = resolve(import.meta.dirname, '../fixtures');

/** Tracking numbers the stand-in answers with a server error. */
const FAILING_NUMBERS = new Set(['LP00500000000000']);

/** A short delay, so the widget's loading skeleton can be seen. */
const DELAY_MS = 400;

/** `GET /__cainiao/global/detail.json?mailNos=<number>`: the fixture, a 500 for failing numbers, else 404. */
export function cainiaoStandIn(request: IncomingMessage, response: ServerResponse) {
  const number = new URL(request.url ?? '/', 'http://localhost').searchParams.get('mailNos') ?? '';
  const file = resolve(fixtures, `${number}.json`);
  const known = /^[\w-]+$/.test(number) && existsSync(file);
  response.setHeader('content-type', 'application/json');
  response.statusCode = FAILING_NUMBERS.has(number) ? 500 : known ? 200 : 404;
  setTimeout(() => response.end(known ? readFileSync(file) : JSON.stringify({error: 'not found'})), DELAY_MS);
}
