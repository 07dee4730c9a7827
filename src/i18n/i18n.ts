// The one i18n setup of the page. English is bundled; the Chinese catalogs load on demand so that
// they cost an English first load nothing (they are precached, so they load offline too). Views
// read the words through useTranslation, which re-renders them when the language changes.
import { useSyncExternalStore } from 'react';
import en from './locales/en.json';
import type { Locale } from './locale';
import { translator, type Catalog, type TFunction } from './translator';

const loaders: Record<Exclude<Locale, 'en'>, () => Promise<{ default: Catalog }>> = {
  'zh-Hans': () => import('./locales/zh-Hans.json'),
  'zh-Hant': () => import('./locales/zh-Hant.json'),
};

export interface I18n {
  /** The locale the interface speaks now. */
  language: Locale;
  t: TFunction;
}

const catalogs = new Map<Locale, Catalog>([['en', en]]);
let current: I18n = { language: 'en', t: translator('en', en, en) };
const listeners = new Set<() => void>();
/** The language last asked for: spoken now, or its catalog on its way. */
let requested: Locale | undefined;

export async function initI18n(locale: Locale): Promise<void> {
  await applyLocale(locale);
}

/**
 * Switches the interface language and `<html lang>`. Asking again for the language already
 * spoken (the settings apply theirs on every start) changes nothing: a new `t` would render every
 * view again. When the choice changes while a catalog loads, the last choice wins.
 */
export async function applyLocale(locale: Locale): Promise<void> {
  if (locale === requested) return;
  requested = locale;
  let catalog = catalogs.get(locale);
  if (!catalog && locale !== 'en') {
    try {
      catalog = (await loaders[locale]()).default;
    } catch (error) {
      if (requested === locale) requested = current.language;
      throw error;
    }
    catalogs.set(locale, catalog);
  }
  if (requested !== locale) return;
  current = { language: locale, t: translator(locale, catalog, en) };
  document.documentElement.lang = locale;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The language spoken now and its `t`: a new object exactly when the language changes. */
export function currentI18n(): I18n {
  return current;
}

/** `t` for the current language, and `i18n.language`; re-renders when the language changes. */
export function useTranslation(): { t: TFunction; i18n: I18n } {
  const i18n = useSyncExternalStore(subscribe, currentI18n);
  return { t: i18n.t, i18n };
}
