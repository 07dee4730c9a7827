// The background check: the Periodic Background Sync event "due-check" wakes the worker, which
// raises what is owed with the same engine as the page, notes the time and refreshes the badge.
import { readAttentionCount, raiseDueAlerts, recordBackgroundCheck } from '@/db/alerts';
import { localDateTimeOf } from '@/domain/local-date-time';
import { showAppBadge } from './app-badge';
import { workerTranslator } from './worker-translator';

declare const self: ServiceWorkerGlobalScope;

export async function runDueCheck(instant: Date): Promise<void> {
  const now = localDateTimeOf(instant);
  const { locale, translate } = await workerTranslator();
  await raiseDueAlerts(now, locale, translate, self.registration);
  await recordBackgroundCheck(instant);
  await showAppBadge(self.navigator, await readAttentionCount(now.date));
}
