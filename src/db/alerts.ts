// The alert engine shared by the page and the service worker: which alerts are owed now (for the
// payment and every other rule that can lose a number),
// claimed in the reminder log in the same transaction that checks it. IndexedDB runs read-write
// transactions on the same tables one after another, even across the page and the worker, so
// whichever claims a stage first shows it and the other finds it taken.
import { dueAlertNotification, type AlertNotification } from '@/domain/alert-notification';
import type { LocalDateTime } from '@/domain/local-date-time';
import type { PlainDate } from '@/domain/plain-date';
import {
  attentionCount,
  owedReminders,
  reasonsOf,
  snoozeUntil,
  type Reason,
  type ReminderStage,
} from '@/domain/reminders';
import type { Translate } from '@/domain/translate';
import { db } from './database';
import type { LineRow } from './rows';
import { saveSetting } from './settings';
import { settingsFromRows } from './settings-values';

export type DueAlert = { stage: ReminderStage; reason: Reason; line: LineRow };

/** Finds every stage owed at `now` that no one has shown yet, and records it as shown. */
export async function claimDueAlerts(now: LocalDateTime): Promise<DueAlert[]> {
  return db.transaction('rw', [db.lines, db.settings, db.reminderLog], async () => {
    const { reminderTime } = settingsFromRows(await db.settings.toArray());
    const lines = await db.lines.filter((line) => !line.archived).toArray();
    const owed = lines.flatMap((line) =>
      owedReminders(line, reminderTime, now).map((owed) => ({ ...owed, line })),
    );
    const logged = await db.reminderLog.bulkGet(owed.map(({ stage }) => stage.key));
    const fresh = owed.filter((_, index) => logged[index] === undefined);
    const shownAt = Date.now();
    await db.reminderLog.bulkAdd(
      fresh.map(({ stage }) => ({
        key: stage.key,
        lineId: stage.lineId,
        dueDate: stage.nextDue,
        stage: stage.stage,
        shownAt,
      })),
    );
    return fresh;
  });
}

/** Gives a claimed alert back when it could not be shown, so that the next check tries again. */
export async function releaseAlert(key: string): Promise<void> {
  await db.reminderLog.delete(key);
}

/**
 * Snooze from a notification: no alert until tomorrow's reminder time, and then the line's current
 * stages again (of every rule) even if they were shown before, since the user asked to be reminded.
 */
export async function snoozeLine(lineId: string, now: LocalDateTime): Promise<void> {
  await db.transaction('rw', [db.lines, db.settings, db.reminderLog], async () => {
    const line = await db.lines.get(lineId);
    if (!line) return;
    const { reminderTime } = settingsFromRows(await db.settings.toArray());
    await db.lines.put({ ...line, snoozedUntil: snoozeUntil(now, reminderTime) });
    const current = new Set(reasonsOf(line).map(({ by }) => by));
    await db.reminderLog
      .where('lineId')
      .equals(lineId)
      .filter((entry) => current.has(entry.dueDate))
      .delete();
  });
}

/** How many lines the app badge counts today. */
export async function readAttentionCount(today: PlainDate): Promise<number> {
  return attentionCount(await db.lines.toArray(), today);
}

/** The worker notes each background check, so that Settings can say when the last one ran. */
export async function recordBackgroundCheck(at: Date): Promise<void> {
  await saveSetting('lastBackgroundCheckAt', at.getTime());
}

/** What shows a notification: the service worker's registration, in the page and in the worker. */
export type Notifier = {
  showNotification(title: string, options: AlertNotification['options']): Promise<void>;
};

/**
 * Claims the alerts owed at `now` and shows each as its notification, worded by `translate` in
 * `locale`. An alert that could not be shown is given back, so that the next check tries again
 * rather than losing it.
 */
export async function raiseDueAlerts(
  now: LocalDateTime,
  locale: string,
  translate: Translate,
  notifier: Notifier,
): Promise<number> {
  const alerts = await claimDueAlerts(now);
  const outcomes = await Promise.all(
    alerts.map(async (alert) => {
      try {
        const { line, reason } = alert;
        const { title, options } = dueAlertNotification(line, reason, now.date, locale, translate);
        await notifier.showNotification(title, options);
        return true;
      } catch (error) {
        console.warn('An alert could not be shown; the next check tries again.', error);
        await releaseAlert(alert.stage.key);
        return false;
      }
    }),
  );
  return outcomes.filter(Boolean).length;
}
