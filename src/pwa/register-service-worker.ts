// Registers the service worker. A new version waits until the user accepts the update prompt:
// the worker never activates itself, so an update cannot interrupt a half-filled form.
import { Workbox } from 'workbox-window';
import { useAppStatus } from '@/state/app-status-store';
import { SERVICE_WORKER_URL, trustedScriptUrl } from './script-url-policy';

export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  const workbox = new Workbox(trustedScriptUrl(SERVICE_WORKER_URL), { scope: '/' });
  // A new version installed and waiting, by this page or by another tab (isExternal).
  workbox.addEventListener('waiting', () => {
    useAppStatus.getState().offerUpdate(() => {
      workbox.addEventListener('controlling', () => window.location.reload());
      workbox.messageSkipWaiting();
    });
  });
  void workbox.register({ immediate: true });
}
