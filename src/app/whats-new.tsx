// After an update, a short note on what changed, once. Someone who just installed Topup has
// nothing to compare with: the database notes the version it was created by (db/database.ts).
import { useEffect } from 'react';
import { useTranslation } from '@/i18n/i18n';
import { useLines } from '@/db/use-lines';
import { useSettings } from '@/db/use-settings';
import { whenIdle } from '@/ui/when-idle';

/** Notes this version as seen. The settings' writer comes with Dexie, after the first render. */
function noteSeen(): void {
  import('@/db/settings')
    .then(({ saveSetting }) => saveSetting('seenVersion', __APP_VERSION__))
    .catch((error: unknown) => console.error('The version seen could not be noted', error));
}

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
    return whenIdle(noteSeen);
  }, [firstStart]);

  if (seen === undefined || lines === undefined || firstStart || seen === __APP_VERSION__) {
    return null;
  }
  return (
    <div className="banner" role="region" aria-label={t('whatsNew.title')}>
      <p>
        {t('whatsNew.title')}: {t('whatsNew.body', { version: __APP_VERSION__ })}
      </p>
      <button type="button" onClick={noteSeen}>
        {t('whatsNew.dismiss')}
      </button>
    </div>
  );
}
