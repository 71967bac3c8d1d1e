import {createTrackingHandler, jsonLogger, type TrackingHandlerOptions} from '../../src/service/index.js';

/** A clock the test moves by hand. */
export function fakeClock(start = Date.UTC(2026, 11, 1, 12)) {
  let time = start;
  return {now: () => time, advance: (ms: number) => void (time += ms)};
}

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;

/** The client address the tests' requests come from. */
export const CLIENT_ADDRESS = '203.0.113.7';

/** A handler on a fake clock whose log lines are kept. */
export function createService(options: TrackingHandlerOptions) {
  const clock = fakeClock();
  const logs: string[] = [];
  const handler = createTrackingHandler({
    now: clock.now,
    log: jsonLogger({write: (line) => logs.push(line), now: clock.now}),
    ...options,
  });
  const request = (path: string, init: RequestInit & {clientAddress?: string} = {}) =>
    handler(new Request(`http://service.test${path}`, init), {clientAddress: init.clientAddress ?? CLIENT_ADDRESS});
  return {handler, clock, logs, request};
}

/** A response's headers as a plain object. */
export const headersOf = (response: Response) => Object.fromEntries(response.headers);

/** The logged entries of one event. */
export const logged = (logs: string[], event: string): Record<string, unknown>[] =>
  logs.map((line) => JSON.parse(line)).filter((entry) => entry.event === event);
