// The page's own due-date check. A module of its own, loaded when the check first runs (at an idle
// moment after the first paint): it brings the alert engine, which the first view does not need.
import { raiseDueAlerts } from '@/db/alerts';
import type { Translate } from '@/domain/translate';
import type { LocalDateTime } from '@/domain/local-date-time';
import { notificationAccess } from './notifications';

/** The page's own check: with permission, raises what is owed now through the worker. */
export async function raiseAlertsFromPage(
  now: LocalDateTime,
  locale: string,
  translate: Translate,
): Promise<void> {
  if (notificationAccess() !== 'granted') return;
  // Wait for the worker before claiming anything, so that no claimed alert waits on it.
  const registration = await navigator.serviceWorker.ready;
  await raiseDueAlerts(now, locale, translate, registration);
}
