// Banners about the app itself: a new version waiting, or the database upgraded by another tab.
import { useTranslation } from '@/i18n/i18n';
import { useAppStatus } from '@/state/app-status-store';
import { WhatsNew } from './whats-new';

export function StatusBanners() {
  const { t } = useTranslation();
  const applyUpdate = useAppStatus((s) => s.applyUpdate);
  const dismissUpdate = useAppStatus((s) => s.dismissUpdate);
  const upgradedElsewhere = useAppStatus((s) => s.upgradedElsewhere);

  return (
    <div className="banners">
      <WhatsNew />
      {upgradedElsewhere && (
        <div className="banner" role="alert">
          <p>{t('database.upgradedElsewhere')}</p>
          <button type="button" onClick={() => window.location.reload()}>
            {t('database.upgradedReload')}
          </button>
        </div>
      )}
      <div role="status">
        {applyUpdate && (
          <div className="banner">
            <p>{t('update.ready')}</p>
            <button type="button" onClick={applyUpdate}>
              {t('update.reload')}
            </button>
            <button type="button" className="secondary" onClick={dismissUpdate}>
              {t('update.later')}
            </button>
          </div>
        )}
      </div>
    </div>
  );
}
