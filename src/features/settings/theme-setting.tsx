import { useId } from 'react';
import { useTranslation } from '@/i18n/i18n';
import { saveSetting } from '@/db/settings';
import type { ThemeChoice } from '@/db/settings-values';

export function ThemeSetting({ theme }: { theme: ThemeChoice }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{t('settings.theme')}</label>
      <select
        id={id}
        value={theme}
        onChange={(event) => {
          const choice =
            event.target.value === 'light' || event.target.value === 'dark'
              ? event.target.value
              : 'system';
          void saveSetting('theme', choice);
        }}
      >
        <option value="system">{t('settings.themeSystem')}</option>
        <option value="light">{t('settings.themeLight')}</option>
        <option value="dark">{t('settings.themeDark')}</option>
      </select>
    </div>
  );
}
