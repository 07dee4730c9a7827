// The service worker: precaches the build and serves every navigation from the cached app shell,
// so Topup starts with no network. It waits for the page's word before taking over (no
// skipWaiting of its own), so an update never interrupts the user.
import {
  addPlugins,
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  precacheAndRoute,
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import type { PrecacheEntry } from 'workbox-precaching';
import { DUE_CHECK_TAG } from './due-check-schedule';
import { SHARE_TARGET_ACTION } from '@/domain/share';
import { runDueCheck } from './due-check';
import { handleNotificationClick } from './notification-click';
import { receiveShare } from './share-target';
import { policyHeaderPlugin } from './policy-header';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (PrecacheEntry | string)[] };
addPlugins([policyHeaderPlugin]);
precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

// Paths with a file extension (robots.txt, icons) are files, not app routes.
registerRoute(
  new NavigationRoute(createHandlerBoundToURL('index.html'), { denylist: [/\/[^/?]+\.[^/?]+$/] }),
);

registerRoute(
  ({ url, request }) => url.pathname === SHARE_TARGET_ACTION && request.method === 'POST',
  ({ request }) => receiveShare(request),
  'POST',
);

self.addEventListener('message', (event: ExtendableMessageEvent) => {
  const data: unknown = event.data;
  if (typeof data === 'object' && data !== null && 'type' in data && data.type === 'SKIP_WAITING') {
    void self.skipWaiting();
  }
});

// On the very first install, take control of the open page so it works offline at once.
self.addEventListener('activate', (event: ExtendableEvent) => {
  event.waitUntil(self.clients.claim());
});

/** The Periodic Background Sync event, which the worker typings do not describe yet. */
interface PeriodicSyncEvent extends ExtendableEvent {
  readonly tag: string;
}

function isPeriodicSync(event: Event): event is PeriodicSyncEvent {
  return event instanceof ExtendableEvent && 'tag' in event && typeof event.tag === 'string';
}

self.addEventListener('periodicsync', (event: Event) => {
  if (isPeriodicSync(event) && event.tag === DUE_CHECK_TAG) {
    event.waitUntil(runDueCheck(new Date()));
  }
});

self.addEventListener('notificationclick', (event: NotificationEvent) => {
  event.waitUntil(handleNotificationClick(event));
});
