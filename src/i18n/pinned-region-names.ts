import {PINNED_ENGLISH} from '../tracking/model/country-labels.js';

/**
 * Region names pinned in every language the widget ships (docs/behaviour.md#formats): for
 * these four, `Intl.DisplayNames` gives different names in different browser engines and
 * versions ("Hong Kong SAR China" or "Hong Kong", "Falkland Islands (Islas Malvinas)" or
 * "Falkland Islands"), so a customer would see the route named differently from browser to
 * browser. Each name is the short one a shop in that language writes.
 */
type Pinned = Readonly<Record<keyof typeof PINNED_ENGLISH, string>>;

const PINNED: Readonly<Record<string, Pinned>> = {
  // English is the reading core's, which labels the normalized tracking.
  en: PINNED_ENGLISH,
  es: {HK: 'Hong Kong', MO: 'Macao', PS: 'Territorios Palestinos', FK: 'Islas Malvinas'},
  fr: {HK: 'Hong Kong', MO: 'Macao', PS: 'Territoires palestiniens', FK: 'Îles Malouines'},
  de: {HK: 'Hongkong', MO: 'Macau', PS: 'Palästinensische Gebiete', FK: 'Falklandinseln'},
  'pt-BR': {HK: 'Hong Kong', MO: 'Macau', PS: 'Territórios Palestinos', FK: 'Ilhas Malvinas'},
  'zh-CN': {HK: '中国香港', MO: '中国澳门', PS: '巴勒斯坦领土', FK: '福克兰群岛'},
  ar: {HK: 'هونغ كونغ', MO: 'ماكاو', PS: 'الأراضي الفلسطينية', FK: 'جزر فوكلاند'},
};

/** The pinned languages, for tests and for reading the English names back into codes. */
export const PINNED_LANGUAGES = Object.keys(PINNED);

/** The pinned name of a region in a language (`pt` and `pt-PT` fall back to `pt-BR`), if it is pinned. */
export function pinnedRegionName(code: string, locale: string): string | undefined {
  const language = locale.split('-')[0];
  const names =
    PINNED[locale] ?? PINNED[language] ?? PINNED[PINNED_LANGUAGES.find((key) => key.startsWith(`${language}-`)) ?? ''];
  return names && Object.hasOwn(names, code) ? names[code as keyof Pinned] : undefined;
}
