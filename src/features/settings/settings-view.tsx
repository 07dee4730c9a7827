import { useTranslation } from 'react-i18next';
import { PageTitle } from '@/ui/page-title';
import { LanguageSetting } from './language-setting';

export function SettingsView() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle>{t('settings.title')}</PageTitle>
      <section className="card">
        <h2>{t('settings.languageSection')}</h2>
        <LanguageSetting />
      </section>
      <section className="card">
        <h2>{t('settings.aboutSection')}</h2>
        <p>{t('settings.privacy')}</p>
        <p>{t('settings.version', { version: __APP_VERSION__ })}</p>
      </section>
    </>
  );
}
