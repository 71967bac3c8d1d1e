import assert from 'node:assert/strict';
import {describe, it, mock} from 'node:test';
import {setImmediate as nextTurn} from 'node:timers/promises';
import {cainiao, createTrackingHandler, silentLogger} from '../../src/service/index.js';

describe('upstream deadline', () => {
  it('gives a whole lookup 10 s by default, then answers 504 (fake timers)', async () => {
    mock.timers.enable({apis: ['setTimeout']});
    try {
      // An upstream that never answers, and only gives up when the lookup's signal aborts.
      const neverAnswers = (_input: unknown, init?: RequestInit) =>
        new Promise<Response>((_resolve, reject) =>
          init?.signal?.addEventListener('abort', () => reject(new Error('aborted'))),
        );
      const handler = createTrackingHandler({provider: cainiao(), fetch: neverAnswers, log: silentLogger});
      let settled: Response | undefined;
      /** Read through a call: the answer arrives behind TypeScript's back. */
      const answered = () => settled;
      void handler(new Request('http://service.test/api/tracking/LP00698765432109')).then(
        (response) => (settled = response),
      );
      await nextTurn();
      mock.timers.tick(9_999);
      await nextTurn();
      assert.equal(answered(), undefined, 'still waiting after 9.999 s');
      mock.timers.tick(1);
      for (let turn = 0; turn < 5 && !answered(); turn += 1) await nextTurn();
      assert.equal(answered()?.status, 504);
    } finally {
      mock.timers.reset();
    }
  });
});
