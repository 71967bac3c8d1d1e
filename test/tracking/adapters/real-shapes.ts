/** The payloads of test/fixtures/real-shapes/: one per shape seen in real answers (see its README). */
export type RealShape =
  | 'cainiao-ukraine-zones'
  | 'cainiao-belgium-delivered'
  | 'cainiao-israel-zone-spellings'
  | 'cainiao-israel-customs'
  | 'cainiao-unknown-number'
  | 'aftership-v4-list'
  | 'aftership-dated-api'
  | 'aftership-no-number'
  | 'aftership-webhook'
  | 'aftership-cainiao-raw-tags'
  | '17track-webhook'
  | '17track-webhook-beside'
  | '17track-v1';

export async function loadRealShape(name: RealShape): Promise<unknown> {
  const response = await fetch(new URL(`../../fixtures/real-shapes/${name}.json`, import.meta.url));
  return response.json();
}
