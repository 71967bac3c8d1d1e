/**
 * Which of our languages to show (README "Languages", docs/behaviour.md#languages), and loading its catalogue.
 * English is built in; every other catalogue is its own module, fetched on demand.
 */
import {en, type Messages} from './messages.js';

export const LOCALES = ['en', 'es', 'fr', 'de', 'pt-BR', 'zh-CN', 'ar'] as const;
export type Locale = (typeof LOCALES)[number];

/** Our locale for each base language; Chinese is decided by script below. */
const BY_LANGUAGE: Record<string, Locale> = {en: 'en', es: 'es', fr: 'fr', de: 'de', pt: 'pt-BR', ar: 'ar'};

// Each element asks as it connects, and a page has few tags: decide each once (a bounded memo).
const matched = new Map<string, Locale | undefined>();

/** Our locale for one BCP 47 tag, or undefined when we do not speak it or it is malformed. */
function matchTag(tag: string): Locale | undefined {
  if (!matched.has(tag)) {
    if (matched.size > 50) matched.clear();
    matched.set(tag, readTag(tag));
  }
  return matched.get(tag);
}

function readTag(tag: string): Locale | undefined {
  let locale: Intl.Locale;
  try {
    // Browsers and servers sometimes write `en_US`; anything else malformed throws.
    locale = new Intl.Locale(tag.trim().replace(/_/g, '-'));
  } catch {
    return undefined;
  }
  const exact = LOCALES.find((known) => known.toLowerCase() === locale.baseName.toLowerCase());
  if (exact) return exact;
  if (locale.language !== 'zh') return BY_LANGUAGE[locale.language];
  // Simplified Chinese only: zh, zh-CN, zh-SG, zh-Hans… but not zh-TW, zh-HK, zh-MO, zh-Hant.
  let script = locale.script;
  try {
    script ??= locale.maximize().script;
  } catch {
    // No likely-subtags data: decide by region.
  }
  script ??= ['TW', 'HK', 'MO'].includes(locale.region ?? '') ? 'Hant' : 'Hans';
  return script === 'Hans' ? 'zh-CN' : undefined;
}

/** The first tag we can serve, exactly or by base language; English when none. */
export function matchLocale(tags: readonly string[]): Locale {
  for (const tag of tags) {
    const locale = typeof tag === 'string' ? matchTag(tag) : undefined;
    if (locale) return locale;
  }
  return 'en';
}

/**
 * The languages asked for, most specific first: the element's own `lang`, else the nearest
 * ancestor's (through shadow roots to their hosts), else the document's, else the browser's.
 */
export function requestedLanguages(element: Element): string[] {
  for (let node: Node | null = element; node;) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang')?.trim();
      if (lang) return [lang];
    }
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  const documentLang = (element.ownerDocument ?? document).documentElement?.lang.trim();
  if (documentLang) return [documentLang];
  const languages = typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]);
  return languages.filter((language) => typeof language === 'string' && language.trim() !== '');
}

const RIGHT_TO_LEFT = new Set(['ar', 'he', 'fa', 'ur']);

/** Whether the language is written right to left (of ours: Arabic). */
export const isRightToLeft = (locale: string) => RIGHT_TO_LEFT.has(locale.split(/[-_]/)[0]!.toLowerCase());

/**
 * One `import()` per locale, with a literal path, so a bundler makes one chunk for each.
 * Exported for tests, which replace a loader to simulate a failed download.
 */
export const LOADERS: Record<Exclude<Locale, 'en'>, () => Promise<{default: Messages}>> = {
  es: () => import('./locales/es.js'),
  fr: () => import('./locales/fr.js'),
  de: () => import('./locales/de.js'),
  'pt-BR': () => import('./locales/pt-BR.js'),
  'zh-CN': () => import('./locales/zh-CN.js'),
  ar: () => import('./locales/ar.js'),
};

const loaded = new Map<Locale, Promise<Messages>>();

/** Forgets the loaded catalogues (for tests that replace a loader). */
export const forgetLoadedMessages = () => loaded.clear();

/**
 * `messages` with `english` for any message it lacks (an older chunk cached by the browser, a
 * shop's partial `strings`); what `english` does not know is kept as it is.
 */
export function completed<T extends object>(messages: unknown, english: T): T {
  const result: Record<string, unknown> = messages && typeof messages === 'object' ? {...messages} : {};
  for (const [key, word] of Object.entries(english)) {
    const value = result[key];
    const group = value && typeof value === 'object' ? value : undefined;
    if (typeof word === 'string') result[key] = typeof value === 'string' && value ? value : word;
    // A plural message is whole or English: English forms would not fit another language's rules.
    else if ('other' in (word as object)) result[key] = group && 'other' in group ? group : word;
    else result[key] = {...(word as object), ...group};
  }
  return result as T;
}

/**
 * The catalogue of a locale: English at once, others loaded once and kept. Never rejects: a
 * failed load (offline, a chunk gone after a deploy) gives English, and the next call tries again.
 */
export function loadMessages(locale: Locale): Promise<Messages> {
  const load = locale === 'en' ? undefined : LOADERS[locale];
  if (!load) return Promise.resolve(en);
  let messages = loaded.get(locale);
  if (!messages) {
    messages = load().then(
      (module) => completed(module.default, en),
      () => {
        loaded.delete(locale);
        return en;
      },
    );
    loaded.set(locale, messages);
  }
  return messages;
}
