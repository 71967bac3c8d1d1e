/** Carriers whose tracking page we can link straight to (docs/behaviour.md#links), recognised by code or name. */

export interface KnownCarrier {
  name: string;
  /** Matches the carrier's code or name. */
  pattern: RegExp;
  /** The carrier's own tracking page, `{trackingNumber}` filled in URL-encoded. */
  trackingUrl: string;
}

const KNOWN_CARRIERS: readonly KnownCarrier[] = [
  {
    name: 'USPS',
    // Not any "postal service": Japan's or Israel's must not link to USPS.
    pattern: /^usps\b|^(?:the )?(?:united states|u\.? ?s\.?) postal service/i,
    trackingUrl: 'https://tools.usps.com/go/TrackConfirmAction?tLabels={trackingNumber}',
  },
  // "UPS" alone or spelled out; never the "ups" inside another word.
  {name: 'UPS', pattern: /^ups\b|^united parcel/i, trackingUrl: 'https://www.ups.com/track?tracknum={trackingNumber}'},
  {
    name: 'FedEx',
    // FedEx, Fed Ex, Fed-Ex and the old Federal Express.
    pattern: /^fed[\s-]?ex\b|^federal express/i,
    trackingUrl: 'https://www.fedex.com/fedextrack/?trknbr={trackingNumber}',
  },
  {
    name: 'DHL',
    // DHL and its services (DHL Express, dhl_ecommerce) share one tracking page.
    pattern: /^dhl\b/i,
    trackingUrl: 'https://www.dhl.com/global-en/home/tracking.html?tracking-id={trackingNumber}',
  },
];

/** The known carrier named by a code or a name (`dhl_express` reads as `dhl express`), if any. */
export const knownCarrier = (...codeOrName: (string | undefined)[]): KnownCarrier | undefined =>
  KNOWN_CARRIERS.find(({pattern}) =>
    codeOrName.some((value) => value !== undefined && pattern.test(value.replace(/_/g, ' ').trim())),
  );
