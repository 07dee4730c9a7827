// Page-side notifications: the permission, showing through the service worker's registration (the
// only way that works on Android and for an installed app), and the app badge.
import { useEffect, useState } from 'react';
import type { AlertNotification } from '@/domain/alert-notification';
import { showAppBadge } from '@/sw/app-badge';

export type NotificationAccess = NotificationPermission | 'unsupported';

function canNotify(): boolean {
  return 'Notification' in window && 'serviceWorker' in navigator;
}

export function notificationAccess(): NotificationAccess {
  return canNotify() ? Notification.permission : 'unsupported';
}

/** Asks the browser; only ever called from a button the user pressed. */
export async function requestNotificationAccess(): Promise<NotificationAccess> {
  if (!canNotify()) return 'unsupported';
  return Notification.requestPermission();
}

/** The permission, kept current when the user changes it in the browser's site settings. */
export function useNotificationAccess(): [
  NotificationAccess,
  (access: NotificationAccess) => void,
] {
  const [access, setAccess] = useState(notificationAccess);
  useEffect(() => {
    if (!canNotify() || !navigator.permissions) return;
    let status: PermissionStatus | null = null;
    const update = () => setAccess(notificationAccess());
    void navigator.permissions
      .query({ name: 'notifications' })
      .then((result) => {
        status = result;
        status.addEventListener('change', update);
      })
      .catch(() => undefined);
    document.addEventListener('visibilitychange', update);
    return () => {
      status?.removeEventListener('change', update);
      document.removeEventListener('visibilitychange', update);
    };
  }, []);
  return [access, setAccess];
}

export async function showNotification({ title, options }: AlertNotification): Promise<void> {
  const registration = await navigator.serviceWorker.ready;
  await registration.showNotification(title, options);
}

/** The number on the installed app's icon, set as the worker sets it. */
export function setBadge(count: number): Promise<void> {
  return showAppBadge(navigator, count);
}
