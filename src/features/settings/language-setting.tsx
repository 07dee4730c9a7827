// The Language select. It only stores the choice; the app applies whatever the settings table
// holds, so every open tab follows.
import { useId } from 'react';
import { useTranslation } from '@/i18n/i18n';
import { saveSetting } from '@/db/settings';
import { LOCALES, localeFromLanguages } from '@/i18n/locale';

export function LanguageSetting({ language }: { language: string }) {
  const { t } = useTranslation();
  const id = useId();
  const systemLocale = localeFromLanguages(navigator.languages);

  return (
    <div className="field">
      <label htmlFor={id}>{t('settings.language')}</label>
      <select
        id={id}
        value={language}
        onChange={(event) => void saveSetting('language', event.target.value)}
      >
        <option value="system">
          {t('settings.languageSystem', { name: t(`languages.${systemLocale}`) })}
        </option>
        {LOCALES.map((locale) => (
          <option key={locale} value={locale} lang={locale}>
            {t(`languages.${locale}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
