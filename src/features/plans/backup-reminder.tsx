// A gentle nudge on Plans when nothing has been backed up for 30 days: receipts that live only
// on one phone are lost with it.
import { useState } from 'react';
import { useTranslation } from '@/i18n/i18n';
import { Link } from 'wouter';
import type { LineRow } from '@/db/rows';
import { useSettings } from '@/db/use-settings';

const THIRTY_DAYS = 30 * 24 * 60 * 60 * 1000;

export function needsBackupReminder(
  lines: readonly LineRow[],
  lastBackupAt: number,
  now: number,
): boolean {
  if (lines.length === 0) return false;
  const since = lastBackupAt || Math.min(...lines.map((line) => line.createdAt));
  return now - since >= THIRTY_DAYS;
}

export function BackupReminder({ lines }: { lines: readonly LineRow[] }) {
  const { t } = useTranslation();
  const settings = useSettings();
  const [now] = useState(() => Date.now());
  if (!settings || !needsBackupReminder(lines, settings.lastBackupAt, now)) return null;
  return (
    <aside className="banner" aria-label={t('backup.section')}>
      <p>{t('backup.reminder')}</p>
      <Link href="/settings#backup" className="button secondary small">
        {t('backup.reminderAction')}
      </Link>
    </aside>
  );
}
