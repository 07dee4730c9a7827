// Shown instead of the app when IndexedDB cannot be opened, so the user gets a reason, not a
// blank page.
import { useTranslation } from '@/i18n/i18n';

export function DatabaseUnavailable({ errorName }: { errorName: string }) {
  const { t } = useTranslation();
  return (
    <main className="fatal" id="main">
      <div role="alert">
        <h1>{t('database.unavailableTitle')}</h1>
        <p>{t('database.unavailableBody')}</p>
        <p>{t('database.unavailableCauses')}</p>
        <p>{t('database.unavailableAction')}</p>
        <p className="muted">{t('database.errorDetail', { name: errorName })}</p>
      </div>
      <button type="button" onClick={() => window.location.reload()}>
        {t('database.reload')}
      </button>
    </main>
  );
}
