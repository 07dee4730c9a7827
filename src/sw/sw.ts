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
import { DUE_CHECK_TAG } from '@/domain/alert-notification';
import { SHARE_TARGET_ACTION } from '@/domain/share';
import { policyHeaderPlugin } from './policy-header';
import { warmLocaleDataAfterEntryScript } from './warm-locale-data';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (PrecacheEntry | string)[] };

// The worker starts for every cold start of the app, and only its precache route stands between
// the tap and the first byte. The share target, the background check and notification clicks
// (Dexie, the alert engine, three catalogs: nine tenths of the script) are imported where they
// are used: the bundle keeps them in this one file, but evaluates each only when first needed.

addPlugins([policyHeaderPlugin, warmLocaleDataAfterEntryScript(() => self.navigator.languages)]);
precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

// Paths with a file extension (robots.txt, icons) are files, not app routes.
registerRoute(
  new NavigationRoute(createHandlerBoundToURL('index.html'), { denylist: [/\/[^/?]+\.[^/?]+$/] }),
);

registerRoute(
  ({ url, request }) => url.pathname === SHARE_TARGET_ACTION && request.method === 'POST',
  ({ request }) => import('./share-target').then(({ receiveShare }) => receiveShare(request)),
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
    event.waitUntil(import('./due-check').then(({ runDueCheck }) => runDueCheck(new Date())));
  }
});

self.addEventListener('notificationclick', (event: NotificationEvent) => {
  event.waitUntil(
    import('./notification-click').then(({ handleNotificationClick }) =>
      handleNotificationClick(event),
    ),
  );
});
