// Without notification permission the alerts still reach the user: the stages owed now show here,
// on the first view, worded as the notifications would be.
import { useId } from 'react';
import { useTranslation } from '@/i18n/i18n';
import { Link } from 'wouter';
import type { LineRow } from '@/db/rows';
import { useSettings } from '@/db/use-settings';
import { alertMessages } from '@/domain/alert-notification';
import { dueStages } from '@/domain/reminders';
import { alertTranslator } from '@/i18n/alert-translator';
import { useNotificationAccess } from '@/pwa/notifications';
import { useLocalNow } from '@/ui/use-today';

export function DueAlertsBanner({ lines }: { lines: readonly LineRow[] }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const [access] = useNotificationAccess();
  const settings = useSettings();
  const now = useLocalNow();
  if (access === 'granted' || !settings) return null;

  const owed = lines.filter(
    (line) =>
      !line.archived && dueStages({ ...line, reminderTime: settings.reminderTime }, now).length > 0,
  );
  if (owed.length === 0) return null;
  const translate = alertTranslator(i18n.t);

  return (
    <aside className="card due-alerts" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('reminders.bannerTitle')}</h2>
      <ul>
        {owed.map((line) => {
          const { title, body } = alertMessages(line, now.date, i18n.language);
          return (
            <li key={line.id}>
              <p className="due-alert-title">{translate(title)}</p>
              {body.map((message) => (
                <p key={message.key}>{translate(message)}</p>
              ))}
              <Link href={`/plans/${line.id}/top-up`} className="button small">
                {t('alerts.logTopUp')}
              </Link>
            </li>
          );
        })}
      </ul>
      <p className="hint">
        {t(access === 'denied' ? 'reminders.bannerBlocked' : 'reminders.bannerHint')}{' '}
        <Link href="/settings#reminders">{t('reminders.bannerLink')}</Link>
      </p>
    </aside>
  );
}
