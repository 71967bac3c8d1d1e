/**
 * The URL allow-list (docs/behaviour.md#links): the URL if it parses as `http:` or `https:`
 * (relative ones against `base`) and carries no user name or password, else undefined.
 * `new URL()` strips tabs, newlines and leading control characters first, so obfuscated
 * schemes such as `java\tscript:` are seen for what they are. User info is refused because
 * `https://shop.example@evil.example/` reads as the shop's address but opens another host.
 */
export function safeUrl(value: unknown, base?: string): string | undefined {
  if (typeof value !== 'string' || !value.trim()) return undefined;
  try {
    const url = new URL(value, base);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
    return url.username || url.password ? undefined : url.href;
  } catch {
    return undefined;
  }
}
