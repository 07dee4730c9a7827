// Registers the service worker. A new version waits until the user accepts the update prompt:
// the worker never activates itself, so an update cannot interrupt a half-filled form.
// Under Trusted Types a worker's URL must come from a policy; this one vouches for the app's own
// worker and nothing else.
import { Workbox } from 'workbox-window';
import { useAppStatus } from '@/state/app-status-store';

const WORKER_URL = '/sw.js';

function workerUrl(): string | TrustedScriptURL {
  const policy = window.trustedTypes?.createPolicy('topup-worker', {
    createScriptURL: (url) => {
      if (url !== WORKER_URL) throw new TypeError(`Not the app's service worker: ${url}`);
      return url;
    },
  });
  return policy ? policy.createScriptURL(WORKER_URL) : WORKER_URL;
}

export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  const workbox = new Workbox(workerUrl(), { scope: '/' });
  // A new version installed and waiting, by this page or by another tab (isExternal).
  workbox.addEventListener('waiting', () => {
    useAppStatus.getState().offerUpdate(() => {
      workbox.addEventListener('controlling', () => window.location.reload());
      workbox.messageSkipWaiting();
    });
  });
  void workbox.register({ immediate: true });
}
