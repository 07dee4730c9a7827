// The worker's translate function, in the language the user chose in Settings (or the device's).
// Service workers cannot load code on demand, so the three catalogs are part of the worker.
import type { Translate } from '@/domain/translate';
import { readSettings } from '@/db/settings';
import { alertTranslator } from '@/i18n/alert-translator';
import { resolveLocale, type Locale } from '@/i18n/locale';
import en from '@/i18n/locales/en.json';
import zhHans from '@/i18n/locales/zh-Hans.json';
import zhHant from '@/i18n/locales/zh-Hant.json';
import { translator } from '@/i18n/translator';

declare const self: ServiceWorkerGlobalScope;

const CATALOGS = { en, 'zh-Hans': zhHans, 'zh-Hant': zhHant };

export async function workerTranslator(): Promise<{ locale: Locale; translate: Translate }> {
  const { language } = await readSettings();
  const locale = resolveLocale(language, self.navigator.languages);
  return { locale, translate: alertTranslator(translator(locale, CATALOGS[locale], en)) };
}
