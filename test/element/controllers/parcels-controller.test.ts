import {expect} from '@open-wc/testing';
import {
  ParcelsController,
  type Parcel,
  type ParcelsOptions,
} from '../../../src/element/controllers/parcels-controller.js';
import {fakeLongTimers, macrotask} from '../helpers.js';
import {deferred, fakeHost} from './fake-host.js';

/** A value of a parcel in these tests: its status, and whether it is delivered. */
interface Value {
  status: string;
  delivered?: boolean;
}

describe('ParcelsController', () => {
  function setUp(overrides: Partial<ParcelsOptions<Value>> = {}) {
    const host = fakeHost();
    const requests: {number: string; signal: AbortSignal; answer: ReturnType<typeof deferred<Value>>}[] = [];
    const loads: string[] = [];
    const errors: string[] = [];
    const controller = new ParcelsController<Value>(host, {
      load(number, signal) {
        const answer = deferred<Value>();
        signal.addEventListener('abort', () => answer.reject(signal.reason));
        requests.push({number, signal, answer});
        return answer.promise;
      },
      period: (parcel) => (parcel.value?.delivered ? 0 : 60_000),
      done: (value) => !!value.delivered,
      same: (shown, fresh) => JSON.stringify(shown) === JSON.stringify(fresh),
      onLoad: (parcel) => loads.push(`${parcel.number}: ${parcel.value!.status}`),
      onError: (parcel, error) => errors.push(`${parcel.number}: ${String(error)}`),
      ...overrides,
    });
    const answer = (number: string, value: Value | Error) => {
      const request = requests.filter((request) => request.number === number).at(-1)!;
      if (value instanceof Error) request.answer.reject(value);
      else request.answer.resolve(value);
    };
    /** Lets the answers settle, then "renders" (the host's update), which tells the loads. */
    const render = async () => {
      await macrotask();
      controller.hostUpdated();
    };
    return {host, controller, requests, loads, errors, answer, render};
  }

  const statuses = (parcels: readonly Parcel<Value>[]) =>
    parcels.map((parcel) => (parcel.loading ? 'loading' : (parcel.value?.status ?? `failed ${String(parcel.error)}`)));

  it('fetches every parcel at once, in parallel, and tells each load once it is shown', async () => {
    const {host, controller, requests, loads, answer, render} = setUp();
    host.connect();
    controller.track(['LP001', 'LP002', 'LP003']);
    expect(requests.map((request) => request.number)).to.deep.equal(['LP001', 'LP002', 'LP003']);
    answer('LP002', {status: 'in transit'});
    await macrotask();
    expect(loads, 'told only after the host has shown it').to.deep.equal([]);
    controller.hostUpdated();
    expect(loads).to.deep.equal(['LP002: in transit']);
    answer('LP001', {status: 'delivered', delivered: true});
    answer('LP003', {status: 'customs'});
    await render();
    await render();
    expect(loads).to.deep.equal(['LP002: in transit', 'LP001: delivered', 'LP003: customs']);
    expect(statuses(controller.parcels)).to.deep.equal(['delivered', 'in transit', 'customs']);
    host.remove();
  });

  it('keeps a failure to its own parcel', async () => {
    const {host, controller, errors, answer, render} = setUp();
    host.connect();
    controller.track(['LP001', 'LP002']);
    answer('LP001', new Error('not found'));
    answer('LP002', {status: 'in transit'});
    await render();
    expect(statuses(controller.parcels)).to.deep.equal(['failed Error: not found', 'in transit']);
    expect(errors).to.deep.equal(['LP001: Error: not found']);
    host.remove();
  });

  it('selects the first parcel not yet delivered, until the customer chooses', async () => {
    const {host, controller, answer, render} = setUp();
    host.connect();
    controller.track(['LP001', 'LP002', 'LP003']);
    expect(controller.selected).to.equal(0);
    answer('LP001', {status: 'delivered', delivered: true});
    await render();
    expect(controller.selected, 'the first still loading').to.equal(1);
    answer('LP002', new Error('timeout'));
    answer('LP003', {status: 'in transit'});
    await render();
    expect(controller.selected, 'data not yet delivered comes before a failure').to.equal(2);
    controller.select(0);
    expect(controller.selected).to.equal(0);
    controller.select(7);
    expect(controller.selected, 'no such parcel').to.equal(0);
    host.remove();
  });

  it('keeps the selection once every parcel has answered: a refresh that delivers it does not move it', async () => {
    const {host, controller, answer, render} = setUp();
    host.connect();
    controller.track(['LP001', 'LP002', 'LP003']);
    answer('LP001', {status: 'delivered', delivered: true});
    answer('LP002', {status: 'in transit'});
    answer('LP003', {status: 'customs'});
    await render();
    expect(controller.selected).to.equal(1);
    void controller.refreshAll();
    answer('LP002', {status: 'delivered', delivered: true});
    await render();
    expect(controller.parcels[1]!.value).to.deep.equal({status: 'delivered', delivered: true});
    expect(controller.selected).to.equal(1);
    host.remove();
  });

  it('selects a failed parcel before delivered ones, and the first when all are delivered', async () => {
    const {host, controller, answer, render} = setUp();
    host.connect();
    controller.track(['LP001', 'LP002']);
    answer('LP001', {status: 'delivered', delivered: true});
    answer('LP002', new Error('http'));
    await render();
    expect(controller.selected).to.equal(1);
    controller.track(['LP003', 'LP004']);
    answer('LP003', {status: 'delivered', delivered: true});
    answer('LP004', {status: 'delivered', delivered: true});
    await render();
    expect(controller.selected).to.equal(0);
    host.remove();
  });

  it('starts over on new numbers: earlier requests aborted, their answers dropped, the choice forgotten', async () => {
    const {host, controller, requests, loads, render} = setUp();
    host.connect();
    controller.track(['LP001', 'LP002']);
    controller.select(1);
    controller.track(['LP003', 'LP004']);
    expect(requests.slice(0, 2).map((request) => request.signal.aborted)).to.deep.equal([true, true]);
    requests[0]!.answer.resolve({status: 'late'});
    await render();
    expect(loads).to.deep.equal([]);
    expect(controller.parcels.map((parcel) => parcel.number)).to.deep.equal(['LP003', 'LP004']);
    expect(controller.selected).to.equal(0);
    host.remove();
  });

  it('refreshes every parcel on its own plan; a delivered parcel stops', async () => {
    const clock = fakeLongTimers();
    const {host, controller, requests, answer, render} = setUp();
    try {
      host.connect();
      controller.track(['LP001', 'LP002']);
      answer('LP001', {status: 'delivered', delivered: true});
      answer('LP002', {status: 'in transit'});
      await render();
      expect(clock.pending(), 'one plan: the parcel on its way').to.deep.equal([60_000]);
      clock.tick(60_000);
      expect(requests.map((request) => request.number)).to.deep.equal(['LP001', 'LP002', 'LP002']);
    } finally {
      clock.restore();
      host.remove();
    }
  });

  it('refreshes all at once; an identical answer is not told again, a new one is', async () => {
    const {host, controller, requests, loads, answer, render} = setUp();
    host.connect();
    controller.track(['LP001', 'LP002']);
    answer('LP001', {status: 'in transit'});
    answer('LP002', {status: 'customs'});
    await render();
    const refreshed = controller.refreshAll();
    expect(requests).to.have.length(4);
    answer('LP001', {status: 'in transit'});
    answer('LP002', {status: 'out for delivery'});
    await refreshed;
    await render();
    expect(loads).to.deep.equal(['LP001: in transit', 'LP002: customs', 'LP002: out for delivery']);
    host.remove();
  });

  it('keeps the data shown when a refresh fails; a retry fetches that parcel alone', async () => {
    const {host, controller, requests, answer, render} = setUp();
    host.connect();
    controller.track(['LP001', 'LP002']);
    answer('LP001', {status: 'in transit'});
    answer('LP002', {status: 'customs'});
    await render();
    void controller.retry(0);
    expect(requests.map((request) => request.number)).to.deep.equal(['LP001', 'LP002', 'LP001']);
    answer('LP001', new Error('network'));
    await render();
    const [first] = controller.parcels;
    expect(first!.value).to.deep.equal({status: 'in transit'});
    expect(String(first!.error)).to.equal('Error: network');
    host.remove();
  });

  it('aborts on leaving the page and fetches again on coming back; stops for good when cleared', async () => {
    const {host, controller, requests, answer, render} = setUp();
    host.connect();
    controller.track(['LP001', 'LP002']);
    host.disconnect();
    expect(requests.map((request) => request.signal.aborted)).to.deep.equal([true, true]);
    await render();
    expect(statuses(controller.parcels), 'an abort is no failure').to.deep.equal(['loading', 'loading']);
    host.connect();
    await macrotask();
    expect(requests).to.have.length(4);
    answer('LP001', {status: 'in transit'});
    await render();
    expect(statuses(controller.parcels)).to.deep.equal(['in transit', 'loading']);
    controller.clear();
    expect(requests[3]!.signal.aborted).to.equal(true);
    expect(controller.parcels).to.deep.equal([]);
    host.remove();
  });

  it('shows values given directly without fetching, telling each once shown', async () => {
    const {host, controller, requests, loads, errors} = setUp();
    host.connect();
    controller.present([
      {number: 'LP001', value: {status: 'delivered', delivered: true}},
      {number: 'LP002', error: new Error('invalid')},
      {number: 'LP003', value: {status: 'customs'}},
    ]);
    controller.hostUpdated();
    expect(requests).to.deep.equal([]);
    expect(loads).to.deep.equal(['LP001: delivered', 'LP003: customs']);
    expect(errors).to.deep.equal(['LP002: Error: invalid']);
    expect(controller.selected).to.equal(2);
    await controller.refreshAll();
    expect(requests).to.deep.equal([]);
    host.remove();
  });
});
