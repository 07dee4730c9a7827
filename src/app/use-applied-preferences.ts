// Applies the stored language and theme to the document whenever they change, in any tab.
import { useEffect } from 'react';
import { useSettings } from '@/db/use-settings';
import { applyLocale } from '@/i18n/i18n';
import { resolveLocale } from '@/i18n/locale';

export function useAppliedPreferences(): void {
  const settings = useSettings();
  const language = settings?.language;
  const theme = settings?.theme;

  useEffect(() => {
    if (language === undefined) return;
    void applyLocale(resolveLocale(language, navigator.languages));
  }, [language]);

  useEffect(() => {
    if (theme === undefined) return;
    if (theme === 'system') delete document.documentElement.dataset.theme;
    else document.documentElement.dataset.theme = theme;
  }, [theme]);
}
