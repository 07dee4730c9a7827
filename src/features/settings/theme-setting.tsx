import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { saveSetting } from '@/db/settings';
import { useSettings } from '@/db/use-settings';

export function ThemeSetting() {
  const { t } = useTranslation();
  const settings = useSettings();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{t('settings.theme')}</label>
      <select
        id={id}
        value={settings?.theme ?? 'system'}
        disabled={!settings}
        onChange={(event) => {
          const theme =
            event.target.value === 'light' || event.target.value === 'dark'
              ? event.target.value
              : 'system';
          void saveSetting('theme', theme);
        }}
      >
        <option value="system">{t('settings.themeSystem')}</option>
        <option value="light">{t('settings.themeLight')}</option>
        <option value="dark">{t('settings.themeDark')}</option>
      </select>
    </div>
  );
}
