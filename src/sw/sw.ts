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
import { onDemandHandlers } from './on-demand-handlers';
import { policyHeaderPlugin } from './policy-header';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (PrecacheEntry | string)[] };
/** The URL of the worker's on-demand script (on-demand.ts), set by the build. */
declare const __WORKER_ON_DEMAND_URL__: string;

// The worker starts for every cold start of the app, and only its precache route stands between
// the tap and the first byte: this script is that route and little else. The share target, the
// background check and notification clicks (Dexie, the alert engine, three catalogs: nine tenths
// of the code) are a script of their own, imported when one of them is first needed: compiling
// them took 13–21 ms of every start, and this script compiles in 3–4 ms.
const onDemand = () => onDemandHandlers(__WORKER_ON_DEMAND_URL__);

// Imported once while installing: only then may a worker import a script it has not imported
// before, and the browser keeps it with the worker for every later start.
self.addEventListener('install', () => {
  onDemand();
});

addPlugins([policyHeaderPlugin]);
precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

// Paths with a file extension (robots.txt, icons) are files, not app routes.
registerRoute(
  new NavigationRoute(createHandlerBoundToURL('index.html'), { denylist: [/\/[^/?]+\.[^/?]+$/] }),
);

registerRoute(
  ({ url, request }) => url.pathname === SHARE_TARGET_ACTION && request.method === 'POST',
  ({ request }) => onDemand().receiveShare(request),
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
    event.waitUntil(onDemand().runDueCheck(new Date()));
  }
});

self.addEventListener('notificationclick', (event: NotificationEvent) => {
  event.waitUntil(onDemand().handleNotificationClick(event));
});
