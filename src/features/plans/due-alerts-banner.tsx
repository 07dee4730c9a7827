// Without notification permission the alerts still reach the user: the stages owed now show here,
// on the first view, each in one line worded as its notification's title. What to do and by when
// is on each card below, so the banner does not say it again.
import { useId } from 'react';
import { useTranslation } from '@/i18n/i18n';
import { Link } from 'wouter';
import type { LineRow } from '@/db/rows';
import { useSettings } from '@/db/use-settings';
import { alertText } from '@/domain/alert-notification';
import { owedReminders } from '@/domain/reminders';
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

  const translate = alertTranslator(i18n.t);
  const owed = lines
    .filter((line) => !line.archived)
    .flatMap((line) =>
      owedReminders(line, settings.reminderTime, now).map(({ stage, reason }) => {
        const { title } = alertText(line, reason, now.date, i18n.language, translate);
        return { key: stage.key, line, title };
      }),
    );
  if (owed.length === 0) return null;

  return (
    <aside className="card due-alerts" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('reminders.bannerTitle')}</h2>
      <ul>
        {owed.map(({ key, line, title }) => (
          <li key={key}>
            <Link href={`/plans/${line.id}`}>{title}</Link>
          </li>
        ))}
      </ul>
      <p className="hint">
        {t(access === 'denied' ? 'reminders.bannerBlocked' : 'reminders.bannerHint')}{' '}
        <Link href="/settings#reminders">{t('reminders.bannerLink')}</Link>
      </p>
    </aside>
  );
}
