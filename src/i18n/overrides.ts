import type {AllMessages, Messages} from './messages.js';

/** A part of the catalogue: any message, or any entry of a group ("status", "stepLabel", a plural). */
export type PartialMessages = {
  [K in keyof AllMessages]?: AllMessages[K] extends string ? string : Partial<AllMessages[K]>;
};

/**
 * The shop's own words (the `strings` property, README "Languages"), keyed by language: a
 * locale ("pt-BR"), a base language ("pt") or "*" for every language; the more specific wins.
 */
export type StringOverrides = Record<string, PartialMessages | undefined>;

const merged = new WeakMap<object, WeakMap<Messages, Messages>>();

const own = (strings: StringOverrides, key: string) =>
  Object.entries(strings).find(([language]) => language.toLowerCase() === key.toLowerCase())?.[1];

/**
 * `base` with every override that is a non-empty string laid over it; anything else is ignored.
 * Words of the loaded view may be overridden before English has them (they come with its chunk).
 */
function laidOver(base: Messages, overrides: readonly unknown[]): Messages {
  const result: Record<string, unknown> = {...base};
  for (const override of overrides) {
    if (!override || typeof override !== 'object') continue;
    for (const [key, value] of Object.entries(override)) {
      if (key === '__proto__') continue;
      const built = result[key];
      if (typeof built === 'string' || (built === undefined && typeof value === 'string')) {
        if (typeof value === 'string' && value) result[key] = value;
      } else if (value && typeof value === 'object') {
        const group: Record<string, unknown> = {...(built as object)};
        for (const [entry, text] of Object.entries(value)) if (typeof text === 'string' && text) group[entry] = text;
        result[key] = group;
      }
    }
  }
  return result as unknown as Messages;
}

/**
 * The catalogue of `locale` with the shop's overrides merged over it. The same inputs give the
 * same object, so views that cache by catalogue (the event log) keep their work.
 */
export function withOverrides(messages: Messages, strings: StringOverrides | undefined, locale: string): Messages {
  if (!strings || typeof strings !== 'object') return messages;
  let byMessages = merged.get(strings);
  if (!byMessages) merged.set(strings, (byMessages = new WeakMap()));
  let result = byMessages.get(messages);
  if (!result) {
    try {
      const language = locale.split('-')[0]!;
      const chain = ['*', ...(language === locale ? [locale] : [language, locale])];
      result = laidOver(
        messages,
        chain.map((key) => own(strings, key)),
      );
    } catch {
      result = messages; // a hostile object (a getter that throws): the built-in words
    }
    byMessages.set(messages, result);
  }
  return result;
}
