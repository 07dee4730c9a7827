import { useTranslation } from '@/i18n/i18n';
import { useSettings } from '@/db/use-settings';
import { PageTitle } from '@/ui/page-title';
import { BackupSection } from './backup-section';
import { DefaultsSection } from './defaults-section';
import { InstallSection } from './install-section';
import { LanguageSetting } from './language-setting';
import { RemindersSection } from './reminders-section';
import { StorageSection } from './storage-section';
import { ThemeSetting } from './theme-setting';

export function SettingsView() {
  const { t } = useTranslation();
  const settings = useSettings();
  return (
    <>
      <PageTitle>{t('settings.title')}</PageTitle>
      {settings && (
        <>
          <section className="card">
            <h2>{t('settings.languageSection')}</h2>
            <LanguageSetting language={settings.language} />
            <ThemeSetting theme={settings.theme} />
          </section>
          <RemindersSection settings={settings} />
          <DefaultsSection settings={settings} />
          <BackupSection lastBackupAt={settings.lastBackupAt} />
        </>
      )}
      <InstallSection />
      <StorageSection />
      <section className="card">
        <h2>{t('settings.aboutSection')}</h2>
        <p>{t('settings.privacy')}</p>
        <p>{t('settings.version', { version: __APP_VERSION__ })}</p>
      </section>
    </>
  );
}
