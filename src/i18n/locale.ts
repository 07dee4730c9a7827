// Which of Topup's locales fits a browser's language list. Pure, so it is unit-tested.

export const LOCALES = ['en', 'zh-Hans', 'zh-Hant'] as const;
export type Locale = (typeof LOCALES)[number];

export function isLocale(value: unknown): value is Locale {
  return LOCALES.some((locale) => locale === value);
}

// Chinese tags name a script (zh-Hans, zh-Hant-TW) or only a region (zh-CN, zh-TW): the regions
// that write traditional characters are Taiwan, Hong Kong and Macau.
const TRADITIONAL_REGIONS = new Set(['TW', 'HK', 'MO']);

function matchTag(tag: string): Locale | null {
  const [language = '', ...rest] = tag.split(/[-_]/);
  const lang = language.toLowerCase();
  if (lang === 'en') return 'en';
  if (lang !== 'zh') return null;
  const subtags = rest.map((part) => part.toLowerCase());
  if (subtags.includes('hant')) return 'zh-Hant';
  if (subtags.includes('hans')) return 'zh-Hans';
  const region = subtags.find((part) => part.length === 2)?.toUpperCase();
  return region && TRADITIONAL_REGIONS.has(region) ? 'zh-Hant' : 'zh-Hans';
}

/** The first of the user's preferred languages that Topup speaks; English otherwise. */
export function localeFromLanguages(languages: readonly string[]): Locale {
  for (const tag of languages) {
    const locale = matchTag(tag);
    if (locale) return locale;
  }
  return 'en';
}

/** The Language setting ("system" or a locale) applied to the device's language list. */
export function resolveLocale(language: string, languages: readonly string[]): Locale {
  return isLocale(language) ? language : localeFromLanguages(languages);
}
