// Registers the service worker. A new version waits until the user accepts the update prompt:
// the worker never activates itself, so an update cannot interrupt a half-filled form.
import { registerSW } from 'virtual:pwa-register';
import { useAppStatus } from '@/state/app-status-store';

export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  const updateServiceWorker = registerSW({
    immediate: true,
    onNeedRefresh() {
      useAppStatus.getState().offerUpdate(() => void updateServiceWorker(true));
    },
  });
}
