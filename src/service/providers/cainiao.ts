import {answer, refused, type UpstreamOutcome} from '../upstream/outcome.js';
import {checkReply, malformed, readJson, retryAfterOf} from '../upstream/reply-checks.js';
import {endpoint, objectOf, type Provider, type ProviderOptions} from './provider.js';

export const CAINIAO_BASE_URL = 'https://global.cainiao.com';

/**
 * Alibaba's gateway answers a blocked client with `{ret: ["FAIL_SYS_USER_VALIDATE", "RGV587_ERROR::SM::…"]}`
 * instead of tracking JSON: a captcha in JSON form.
 */
const isGatewayBlock = (json: Record<string, unknown>) =>
  Array.isArray(json.ret) && json.ret.some((item) => /FAIL_SYS_USER_VALIDATE|RGV587/.test(String(item)));

/**
 * CAINIAO's public `global/detail.json?mailNos=<number>&lang=en-US` (no key). It answers rate
 * limits and captchas with `success: false` (or the gateway's block JSON): refusals, never data.
 */
export const cainiao = ({baseUrl = CAINIAO_BASE_URL}: ProviderOptions = {}): Provider => ({
  name: 'cainiao',
  async lookup(number, upstream): Promise<UpstreamOutcome> {
    const url = endpoint(baseUrl, 'global/detail.json');
    url.searchParams.set('mailNos', number);
    url.searchParams.set('lang', 'en-US');
    const reply = await upstream(url.href);
    const early = checkReply(reply);
    if (early) return early;
    const json = readJson(reply);
    const data = objectOf(json);
    if (!data) return malformed();
    if (data.success === false || isGatewayBlock(data))
      return refused('CAINIAO refused the lookup (success: false)', retryAfterOf(reply));
    return answer(reply.text, json);
  },
});
