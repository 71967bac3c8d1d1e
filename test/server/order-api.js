/**
 * The test server's order-lookup endpoint (README "Order lookup endpoint"), for web-test-runner:
 * POST /test-api/order with `{order, email}` answers the orders below; every request the server
 * sees is recorded, and GET /test-api/seen lists them (and forgets them), so a test can check
 * what reached the server: which URLs, which bodies, which cookies.
 */

const EMAIL = 'ada@example.com';

/** Orders by number: the tracking numbers (test/fixtures names) or the status to answer. */
const ORDERS = {
  1001: {trackingNumbers: ['native-delivered', 'cainiao-in-transit']},
  1002: {trackingNumbers: ['native-delivered', 'cainiao-in-transit', 'aftership-out-for-delivery']},
  1003: {trackingNumbers: ['cainiao-in-transit']},
  1004: {trackingNumbers: []},
  1005: {trackingNumbers: ['../admin', 'LP<b>1', 'cainiao-in-transit', 'cainiao-in-transit']},
  1006: {status: 429},
  1007: {status: 500},
  1008: {body: 'not json'},
  1009: {body: {orderNumber: 1009}},
};

/** What the server has seen since the last GET /test-api/seen. */
let seen = [];

export async function orderApi(ctx, next) {
  if (ctx.path === '/test-api/seen') {
    ctx.body = seen;
    seen = [];
    return;
  }
  const request = {method: ctx.method, url: ctx.url, cookie: ctx.get('cookie')};
  seen.push(request);
  if (ctx.path !== '/test-api/order') return next();
  if (ctx.method !== 'POST') {
    ctx.status = 405;
    return;
  }
  const text = await readBody(ctx.req);
  Object.assign(request, {contentType: ctx.get('content-type'), body: text});
  let order, email;
  try {
    ({order, email} = JSON.parse(text));
  } catch {
    ctx.status = 400;
    return;
  }
  const answer = email === EMAIL ? ORDERS[String(order).replace(/^#/, '')] : undefined;
  if (!answer) {
    ctx.status = 404;
    ctx.body = {error: 'No such order'};
  } else if (answer.status) {
    ctx.status = answer.status;
    ctx.body = {error: 'Refused'};
  } else {
    ctx.type = 'application/json';
    ctx.body = answer.body ?? {trackingNumbers: answer.trackingNumbers};
  }
}

function readBody(stream) {
  return new Promise((resolve, reject) => {
    let text = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk) => (text += chunk));
    stream.on('end', () => resolve(text));
    stream.on('error', reject);
  });
}
