// The header's right side: Install app while the browser offers it, and a quiet offline note.
import { useTranslation } from '@/i18n/i18n';
import { acceptInstallOffer } from '@/pwa/install';
import { useOnline } from '@/pwa/use-online';
import { useInstall } from '@/state/install-store';

export function HeaderStatus() {
  const { t } = useTranslation();
  const online = useOnline();
  const offered = useInstall((state) => state.offer !== null);
  return (
    <div className="header-status">
      <span role="status">
        {!online && (
          <span className="offline-pill" title={t('app.offlineHint')}>
            {t('app.offline')}
          </span>
        )}
      </span>
      {offered && (
        <button type="button" className="small" onClick={() => void acceptInstallOffer()}>
          {t('install.button')}
        </button>
      )}
    </div>
  );
}
