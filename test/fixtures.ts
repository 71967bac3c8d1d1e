/** The example payloads of ../shared/fixtures, copied into test/fixtures so the repo stands alone. */
export type FixtureName =
  'native-delivered' | 'cainiao-in-transit' | 'aftership-out-for-delivery' | '17track-delivered';

export async function loadFixture(name: FixtureName): Promise<unknown> {
  const response = await fetch(new URL(`./fixtures/${name}.json`, import.meta.url));
  return response.json();
}
