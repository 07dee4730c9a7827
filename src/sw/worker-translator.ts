// The worker's own i18next instance, in the language the user chose in Settings (or the device's).
// Service workers cannot load code on demand, so the three catalogs are part of the worker.
import { createInstance } from 'i18next';
import type { Translate } from '@/domain/alert-notification';
import { readSettings } from '@/db/settings';
import { alertTranslator } from '@/i18n/alert-translator';
import { resolveLocale, type Locale } from '@/i18n/locale';
import en from '@/i18n/locales/en.json';
import zhHans from '@/i18n/locales/zh-Hans.json';
import zhHant from '@/i18n/locales/zh-Hant.json';

declare const self: ServiceWorkerGlobalScope;

export async function workerTranslator(): Promise<{ locale: Locale; translate: Translate }> {
  const { language } = await readSettings();
  const locale = resolveLocale(language, self.navigator.languages);
  const instance = createInstance();
  await instance.init({
    lng: locale,
    fallbackLng: 'en',
    resources: {
      en: { translation: en },
      'zh-Hans': { translation: zhHans },
      'zh-Hant': { translation: zhHant },
    },
    interpolation: { escapeValue: false }, // notifications show plain text
  });
  return { locale, translate: alertTranslator(instance) };
}
