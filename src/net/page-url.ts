/**
 * The page URL as a source of tracking numbers (README "Track-your-order page", `url-param`):
 * `?tracking=LP001,LP002` read when `tracking-number` is empty, and a lookup written back with
 * `history.replaceState`. Only that one parameter is touched: the rest of the query (UTM
 * parameters included) and the fragment stay exactly as they were written.
 */

/** The numbers of `param` in the URL's query, each as written; several separated by commas. */
export function readUrlNumbers(href: string, param: string): string[] {
  if (!param) return [];
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return [];
  }
  return url.searchParams
    .getAll(param)
    .join(',')
    .split(',')
    .filter((part) => part.trim() !== '');
}

/**
 * The URL with `param` holding `numbers` (joined by commas, unencoded: accepted numbers are
 * letters, digits and hyphens) in place of its earlier values, or without it when there are
 * none. Every other parameter keeps its bytes and its place.
 */
export function withUrlNumbers(href: string, param: string, numbers: readonly string[]): string {
  const url = new URL(href);
  const name = encodeURIComponent(param);
  const others = url.search
    .slice(1)
    .split('&')
    .filter((pair) => pair !== '' && !isParam(pair, param));
  const fields = numbers.length ? [...others, `${name}=${numbers.join(',')}`] : others;
  url.search = fields.length ? `?${fields.join('&')}` : '';
  return url.href;
}

/** Whether a raw `name=value` pair of a query is `param` (names compared decoded, `+` as a space). */
function isParam(pair: string, param: string): boolean {
  const [raw = ''] = pair.split('=', 1);
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' ')) === param;
  } catch {
    return raw === param;
  }
}

/** Writes `numbers` into the page's URL without a new history entry (and without a reload). */
export function writePageNumbers(param: string, numbers: readonly string[]): void {
  if (!param) return;
  const next = withUrlNumbers(location.href, param, numbers);
  if (next !== location.href) history.replaceState(history.state, '', next);
}
