// The page's share of the alerts: while Topup is open it checks on start, every minute, when it
// comes back into view and after every change to the lines (each time at the page's next idle
// moment), and keeps the app badge current.
import { useEffect } from 'react';
import { useTranslation } from '@/i18n/i18n';
import { useLines } from '@/db/use-lines';
import { attentionCount } from '@/domain/reminders';
import { alertTranslator } from '@/i18n/alert-translator';
import { registerBackgroundCheck } from '@/pwa/background-check';
import { notificationAccess, setBadge } from '@/pwa/notifications';
import { useLocalNow } from '@/ui/use-today';
import { whenIdle } from '@/ui/when-idle';

export function useDueAlerts(): void {
  const { i18n } = useTranslation();
  const lines = useLines();
  const now = useLocalNow();
  const today = now.date;

  // Each start renews the background check where it is allowed (an installed app with permission).
  useEffect(() => {
    if (notificationAccess() === 'granted') void registerBackgroundCheck();
  }, []);

  useEffect(() => {
    if (lines) void setBadge(attentionCount(lines, today));
  }, [lines, today]);

  useEffect(() => {
    // Without permission, or with no line to remind of (a first visit), there is nothing to raise:
    // the alert engine is not even loaded.
    if (!lines?.some((line) => !line.archived) || notificationAccess() !== 'granted') return;
    return whenIdle(() => {
      import('@/pwa/raise-alerts')
        .then(({ raiseAlertsFromPage }) =>
          raiseAlertsFromPage(now, i18n.language, alertTranslator(i18n.t)),
        )
        .catch((error: unknown) => console.error('The due-date check failed', error));
    });
  }, [lines, now, i18n, i18n.language]);
}
