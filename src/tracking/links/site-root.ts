/**
 * A carrier link from the data, told apart (docs/behaviour.md#links): a bare site root
 * ("https://global.cainiao.com/") is the carrier's homepage, never a tracking link.
 */
export function trackingOrHomepage(link: string | undefined): {url?: string; homepage?: string} {
  const home = !!link && /^https?:\/\/[^/?#]+\/?$/i.test(link);
  return home ? {homepage: link} : {url: link};
}
