// After an update, a short note on what changed, once. Someone who just installed Topup has
// nothing to compare with: the database notes the version it was created by (db/database.ts).
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
  // A database from before versions were noted: with data, this is an update; without, it is as
  // good as a first start, noted quietly.
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
