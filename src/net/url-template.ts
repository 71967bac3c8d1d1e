/** Where `{trackingNumber}` stands in a URL template (`src`, `cainiao-url`, carrier links). */
const NUMBER_PLACEHOLDER = /\{trackingNumber\}/g;

/** Fills a URL template with a URL-encoded tracking number. */
export const fillTemplate = (template: string, trackingNumber: string) =>
  template.replace(NUMBER_PLACEHOLDER, () => encodeURIComponent(trackingNumber));
