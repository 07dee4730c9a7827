// A click on a due-date notification: Snooze is handled here, without opening anything; Log
// top-up and the notification itself bring the app forward on that line's top-up form.
import { snoozeLine } from '@/db/alerts';
import { notificationClickPlan } from '@/domain/alert-notification';
import { localDateTimeOf } from '@/domain/local-date-time';

declare const self: ServiceWorkerGlobalScope;

export async function handleNotificationClick(event: NotificationEvent): Promise<void> {
  event.notification.close();
  const plan = notificationClickPlan(event.action, event.notification.data);
  if (plan.kind === 'snooze') await snoozeLine(plan.lineId, localDateTimeOf(new Date()));
  else await openApp(new URL(plan.path, self.location.origin).href);
}

/** Focuses a window of the app already open (taking it to the page) or opens a new one. */
async function openApp(url: string): Promise<void> {
  const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  const open = windows.find((client) => new URL(client.url).origin === self.location.origin);
  if (!open) {
    await self.clients.openWindow(url);
    return;
  }
  const focused = await open.focus();
  // navigate() only works on a window the worker controls; an uncontrolled one stays as it was.
  await focused.navigate(url).catch(() => null);
}
