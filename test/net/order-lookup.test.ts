import {expect} from '@open-wc/testing';
import {lookUpOrder, OrderLookupError, type OrderLookupFailure} from '../../src/net/order-lookup.js';

const EMAIL = 'ada@example.com';

interface Seen {
  method: string;
  url: string;
  cookie: string;
  contentType?: string;
  body?: string;
}

/** Every request the test server saw since the last call (and forgets them). */
export const serverSaw = async (): Promise<Seen[]> => (await fetch('/test-api/seen')).json();

const lookUp = (order: string, email = EMAIL, url = '/test-api/order') =>
  lookUpOrder(url, {order, email}, new AbortController().signal);

async function failure(promise: Promise<unknown>): Promise<OrderLookupFailure> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(OrderLookupError);
    return (error as OrderLookupError).kind;
  }
  throw new Error('the lookup did not fail');
}

describe('lookUpOrder', () => {
  beforeEach(serverSaw);

  it('POSTs {order, email} as JSON, with the shop cookies, and nothing in the URL', async () => {
    document.cookie = 'session=abc; path=/';
    try {
      expect(await lookUp('#1001')).to.deep.equal(['native-delivered', 'cainiao-in-transit']);
      const [request] = (await serverSaw()).filter((seen) => seen.url.startsWith('/test-api/order'));
      expect(request!.method).to.equal('POST');
      expect(request!.url).to.equal('/test-api/order');
      expect(request!.contentType).to.equal('application/json');
      expect(JSON.parse(request!.body!)).to.deep.equal({order: '#1001', email: EMAIL});
      expect(request!.cookie).to.contain('session=abc');
    } finally {
      document.cookie = 'session=; path=/; max-age=0';
    }
  });

  it('sends no cookies to another origin', async () => {
    document.cookie = 'session=abc; path=/';
    const original = window.fetch;
    let credentials: RequestCredentials | undefined;
    window.fetch = (_input, init) => {
      credentials = init?.credentials;
      return Promise.resolve(new Response(JSON.stringify({trackingNumbers: ['LP001']})));
    };
    try {
      await lookUp('#1001', EMAIL, 'https://orders.example/lookup');
      expect(credentials).to.equal('same-origin');
    } finally {
      window.fetch = original;
      document.cookie = 'session=; path=/; max-age=0';
    }
  });

  it('keeps only accepted numbers, once each', async () => {
    expect(await lookUp('#1005')).to.deep.equal(['cainiao-in-transit']);
  });

  it('not-found: no order with that number and email (404)', async () => {
    expect(await failure(lookUp('#9999'))).to.equal('not-found');
    expect(await failure(lookUp('#1001', 'someone@example.com'))).to.equal('not-found');
  });

  it('rate-limited: too many tries (429)', async () => {
    expect(await failure(lookUp('#1006'))).to.equal('rate-limited');
  });

  it('no-numbers: the order has not shipped yet', async () => {
    expect(await failure(lookUp('#1004'))).to.equal('no-numbers');
  });

  it('failed: another status, an answer that is not JSON, or one without numbers', async () => {
    expect(await failure(lookUp('#1007'))).to.equal('failed');
    expect(await failure(lookUp('#1008'))).to.equal('failed');
    expect(await failure(lookUp('#1009'))).to.equal('failed');
  });

  it('network: a server that cannot be reached, or no answer in time', async () => {
    expect(await failure(lookUp('#1001', EMAIL, 'http://127.0.0.1:9/orders'))).to.equal('network');
    const slow = lookUpOrder('/test-api/slow-body/2000', {order: '#1', email: EMAIL}, new AbortController().signal, 50);
    expect(await failure(slow)).to.equal('network');
  });

  it('rejects with the abort reason when aborted', async () => {
    const abort = new AbortController();
    const lookup = lookUpOrder('/test-api/order', {order: '#1001', email: EMAIL}, abort.signal);
    abort.abort(new DOMException('gone', 'AbortError'));
    const error = await lookup.catch((reason: unknown) => reason);
    expect((error as DOMException).name).to.equal('AbortError');
  });
});
