import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {setImmediate as nextTurn} from 'node:timers/promises';
import {cainiao} from '../../src/service/index.js';
import {createService} from './helpers.js';
import {CAINIAO} from './payloads.js';
import {useStandIn} from './stand-in.js';

const NUMBER = 'LP00698765432109';

describe('coalescing', () => {
  let release: () => void;
  let firstRequest: () => void;
  const arrived = new Promise<void>((resolve) => (firstRequest = resolve));
  const gate = new Promise<void>((resolve) => (release = resolve));
  const upstream = useStandIn(async () => {
    firstRequest();
    await gate;
    return {body: CAINIAO.inTransit(NUMBER)};
  });

  it('gives 20 concurrent requests for one number one upstream call', async () => {
    const {request} = createService({provider: cainiao({baseUrl: upstream.url}), rateLimit: false});
    const responses = Array.from({length: 20}, () => request(`/api/tracking/${NUMBER}`));
    await arrived;
    // Every request has reached the lookup by now; the upstream still holds its answer.
    for (let turn = 0; turn < 10; turn += 1) await nextTurn();
    release();
    const answers = await Promise.all(responses);
    assert.equal(upstream.requests.length, 1);
    for (const response of answers) {
      assert.equal(response.status, 200);
      assert.deepEqual(await response.json(), CAINIAO.inTransit(NUMBER));
    }
  });
});
