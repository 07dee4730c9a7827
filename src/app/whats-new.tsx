// After an update, a short note on what changed, once. A first start records the version quietly:
// someone who just installed Topup has nothing to compare with.
import { useEffect } from 'react';
import { useTranslation } from '@/i18n/i18n';
import { saveSetting } from '@/db/settings';
import { useLines } from '@/db/use-lines';
import { useSettings } from '@/db/use-settings';
import { whenIdle } from '@/ui/when-idle';

export function WhatsNew() {
  const { t } = useTranslation();
  const settings = useSettings();
  const lines = useLines();
  const seen = settings?.seenVersion;
  // Data from before versions were recorded means an update, not a first start.
  const firstStart = seen === '' && lines?.length === 0;

  useEffect(() => {
    if (!firstStart) return;
    return whenIdle(() => void saveSetting('seenVersion', __APP_VERSION__));
  }, [firstStart]);

  if (seen === undefined || lines === undefined || firstStart || seen === __APP_VERSION__) {
    return null;
  }
  return (
    <div className="banner" role="region" aria-label={t('whatsNew.title')}>
      <p>
        {t('whatsNew.title')}: {t('whatsNew.body', { version: __APP_VERSION__ })}
      </p>
      <button type="button" onClick={() => void saveSetting('seenVersion', __APP_VERSION__)}>
        {t('whatsNew.dismiss')}
      </button>
    </div>
  );
}
