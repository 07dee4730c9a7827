// The one i18n setup. English is bundled; the Chinese catalogs load on demand so that they cost
// an English first load nothing (they are precached, so they load offline too).
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './locales/en.json';
import type { Locale } from './locale';

const loaders: Record<Exclude<Locale, 'en'>, () => Promise<{ default: object }>> = {
  'zh-Hans': () => import('./locales/zh-Hans.json'),
  'zh-Hant': () => import('./locales/zh-Hant.json'),
};

export async function initI18n(locale: Locale): Promise<void> {
  await i18next.use(initReactI18next).init({
    lng: 'en',
    fallbackLng: 'en',
    resources: { en: { translation: en } },
    interpolation: { escapeValue: false }, // React escapes what it renders
  });
  await applyLocale(locale);
}

/** Switches the interface language and `<html lang>`. */
export async function applyLocale(locale: Locale): Promise<void> {
  if (locale !== 'en' && !i18next.hasResourceBundle(locale, 'translation')) {
    const catalog = await loaders[locale]();
    i18next.addResourceBundle(locale, 'translation', catalog.default);
  }
  await i18next.changeLanguage(locale);
  document.documentElement.lang = locale;
}
