import {expect} from '@open-wc/testing';
import {LookupController, type LookupDetail} from '../../../src/element/controllers/lookup-controller.js';
import type {OrderTrackerErrorDetail} from '../../../src/element/emit.js';
import {OrderLookupError} from '../../../src/net/order-lookup.js';
import type {OrderQuery} from '../../../src/views/lookup-state.js';
import {deferred, fakeHost} from './fake-host.js';

describe('LookupController', () => {
  const pageUrl = location.href;
  afterEach(() => history.replaceState(null, '', pageUrl));

  function setUp({urlParam = 'tracking', orderSrc = '/orders'} = {}) {
    const host = Object.assign(fakeHost(), {urlParam, orderSrc});
    const lookups: LookupDetail[] = [];
    host.addEventListener('order-tracker-lookup', (event) => lookups.push((event as CustomEvent<LookupDetail>).detail));
    const orders: {
      url: string;
      order: OrderQuery;
      signal: AbortSignal;
      answer: ReturnType<typeof deferred<string[]>>;
    }[] = [];
    const controller = new LookupController(host, (url, order, signal) => {
      const answer = deferred<string[]>();
      orders.push({url, order, signal, answer});
      return answer.promise;
    });
    return {host, controller, lookups, orders};
  }

  it('tracks typed numbers once every one is accepted, normalized, once each', () => {
    const {controller, lookups} = setUp();
    expect(controller.lookUp(' LP 001-23, LP00456\u200b ,LP00123\nLP001-23')).to.equal(true);
    expect(controller.numbers).to.deep.equal(['LP001-23', 'LP00456', 'LP00123']);
    expect(controller.value).to.equal('LP001-23, LP00456, LP00123');
    expect(controller.problem).to.equal(undefined);
    expect(lookups).to.deep.equal([{trackingNumbers: ['LP001-23', 'LP00456', 'LP00123']}]);
  });

  it('refuses a number that could leave its placeholder, naming what was typed, and tracks nothing', () => {
    for (const typed of ['../admin', 'LP<b>1', 'LP001?x=1', 'LP00123;LP00456']) {
      const {host, controller, lookups} = setUp();
      const errors: OrderTrackerErrorDetail[] = [];
      host.addEventListener('order-tracker-error', (event) =>
        errors.push((event as CustomEvent<OrderTrackerErrorDetail>).detail),
      );
      expect(controller.lookUp(`LP00123, ${typed}`), typed).to.equal(false);
      expect(controller.problem).to.deep.equal({kind: 'refused', typed});
      expect(controller.numbers).to.deep.equal([]);
      expect(lookups).to.deep.equal([]);
      expect(
        errors.map(({kind, error}) => [kind, error.trackingNumber]),
        'order-tracker-error',
      ).to.deep.equal([['invalid', typed]]);
    }
  });

  it('asks for a number when only spaces or separators were typed', () => {
    const {controller} = setUp();
    expect(controller.lookUp('   ')).to.equal(false);
    expect(controller.lookUp(' , \r\n,')).to.equal(false);
    expect(controller.problem).to.deep.equal({kind: 'empty'});
  });

  it('reads the numbers of the page URL when it joins the page, and writes a lookup back keeping the rest', () => {
    history.replaceState(null, '', '?utm_source=mail&tracking=LP00111,LP00222#top');
    const {host, controller, lookups} = setUp();
    host.connect();
    expect(controller.numbers).to.deep.equal(['LP00111', 'LP00222']);
    expect(lookups, 'the page, not the customer, asked').to.deep.equal([]);
    controller.lookUp('LP00333');
    expect(location.search + location.hash).to.equal('?utm_source=mail&tracking=LP00333#top');
    host.remove();
  });

  it('refuses a number from the URL too, without tracking anything', () => {
    history.replaceState(null, '', '?tracking=..%2Fadmin');
    const {host, controller} = setUp();
    host.connect();
    expect(controller.numbers).to.deep.equal([]);
    expect(controller.problem).to.deep.equal({kind: 'refused', typed: '../admin'});
    host.remove();
  });

  it('leaves the URL alone without url-param', () => {
    history.replaceState(null, '', '?tracking=LP00111');
    const {host, controller} = setUp({urlParam: ''});
    host.connect();
    expect(controller.numbers).to.deep.equal([]);
    controller.lookUp('LP00333');
    expect(controller.numbers).to.deep.equal(['LP00333']);
    expect(location.search).to.equal('?tracking=LP00111');
    host.remove();
  });

  it('looks an order up: busy meanwhile, its numbers tracked and written to the URL; the event has no email', async () => {
    history.replaceState(null, '', '?utm_medium=email');
    const {controller, lookups, orders} = setUp();
    expect(controller.orderLookup).to.equal(true);
    const lookup = controller.lookUpOrder({order: ' #1001 ', email: ' ada@example.com '});
    expect(controller.busy).to.equal(true);
    expect(orders.map(({url, order}) => [url, order])).to.deep.equal([
      ['/orders', {order: '#1001', email: 'ada@example.com'}],
    ]);
    expect(lookups).to.deep.equal([{order: '#1001'}]);
    orders[0]!.answer.resolve(['LP00111', 'LP00222']);
    expect(await lookup).to.equal(undefined);
    expect(controller.busy).to.equal(false);
    expect(controller.numbers).to.deep.equal(['LP00111', 'LP00222']);
    expect(location.search).to.equal('?utm_medium=email&tracking=LP00111,LP00222');
    const kept = Object.values(controller).map((value) => (typeof value === 'object' ? '' : String(value)));
    expect(kept.join(' ')).not.to.contain('ada@');
  });

  it('asks for an order number and a usable email before sending anything', async () => {
    const {controller, orders} = setUp();
    expect(await controller.lookUpOrder({order: '  ', email: 'ada@example.com'})).to.deep.equal({
      kind: 'order-missing',
    });
    expect(await controller.lookUpOrder({order: '#1001', email: 'ada.example.com'})).to.deep.equal({
      kind: 'email-invalid',
    });
    expect(controller.problem).to.deep.equal({kind: 'email-invalid'});
    expect(orders).to.deep.equal([]);
  });

  it('names each way an order lookup fails', async () => {
    for (const kind of ['not-found', 'rate-limited', 'no-numbers', 'network', 'failed'] as const) {
      const {controller, orders} = setUp();
      const lookup = controller.lookUpOrder({order: '#1001', email: 'ada@example.com'});
      orders[0]!.answer.reject(kind === 'failed' ? new Error('boom') : new OrderLookupError(kind));
      expect(await lookup, kind).to.deep.equal({kind});
      expect(controller.problem).to.deep.equal({kind});
      expect(controller.busy).to.equal(false);
      expect(controller.numbers).to.deep.equal([]);
    }
  });

  it('drops an order answer overtaken by a newer lookup, or by leaving the page', async () => {
    const {host, controller, orders} = setUp();
    host.connect();
    const first = controller.lookUpOrder({order: '#1001', email: 'ada@example.com'});
    controller.lookUp('LP00999');
    expect(orders[0]!.signal.aborted).to.equal(true);
    orders[0]!.answer.resolve(['LP00111']);
    expect(await first).to.equal(undefined);
    expect(controller.numbers).to.deep.equal(['LP00999']);
    void controller.lookUpOrder({order: '#1002', email: 'ada@example.com'});
    host.disconnect();
    expect(orders[1]!.signal.aborted).to.equal(true);
    expect(controller.busy).to.equal(false);
  });
});
