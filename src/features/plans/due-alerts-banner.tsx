// Without notification permission the alerts still reach the user: while any are owed now, one
// line at the top of Plans says how many plans need them, with a way to turn reminders on. What
// each plan needs is on its card below, so the banner does not say it again.
import { useId } from 'react';
import { useTranslation } from '@/i18n/i18n';
import { Link } from 'wouter';
import type { LineRow } from '@/db/rows';
import { useSettings } from '@/db/use-settings';
import { owedReminders } from '@/domain/reminders';
import { useNotificationAccess } from '@/pwa/notifications';
import { useLocalNow } from '@/ui/use-today';

export function DueAlertsBanner({ lines }: { lines: readonly LineRow[] }) {
  const { t } = useTranslation();
  const headingId = useId();
  const [access] = useNotificationAccess();
  const settings = useSettings();
  const now = useLocalNow();
  if (access === 'granted' || !settings) return null;

  const owed = lines.filter(
    (line) => !line.archived && owedReminders(line, settings.reminderTime, now).length > 0,
  ).length;
  if (owed === 0) return null;

  return (
    <aside className="card due-alerts" aria-labelledby={headingId}>
      <p>
        <strong id={headingId}>{t('reminders.bannerTitle')}</strong>
        {' · '}
        {t('reminders.bannerCount', { count: owed })}{' '}
        {t(access === 'denied' ? 'reminders.bannerBlocked' : 'reminders.bannerHint')}{' '}
        <Link href="/settings#reminders">{t('reminders.bannerLink')}</Link>
      </p>
    </aside>
  );
}
