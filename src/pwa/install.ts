// Installing: keeps the browser's install offer for the Install app button instead of letting the
// browser show its own banner at a moment of its choosing.
import { useInstall, type InstallPromptEvent } from '@/state/install-store';
import { isInstalled } from './display-mode';

function isInstallPrompt(event: Event): event is InstallPromptEvent {
  return 'prompt' in event && typeof event.prompt === 'function';
}

export function listenForInstallOffer(): void {
  window.addEventListener('beforeinstallprompt', (event) => {
    if (!isInstallPrompt(event)) return;
    event.preventDefault();
    useInstall.getState().setOffer(event);
  });
  window.addEventListener('appinstalled', () => useInstall.getState().markInstalled());
}

/** Shows the browser's install dialog; the offer can be used once, whatever the answer. */
export async function acceptInstallOffer(): Promise<void> {
  const { offer, setOffer, markInstalled } = useInstall.getState();
  if (!offer) return;
  setOffer(null);
  await offer.prompt();
  if ((await offer.userChoice).outcome === 'accepted') markInstalled();
}

export function useRunsInstalled(): boolean {
  const installedNow = useInstall((state) => state.installedNow);
  return installedNow || isInstalled();
}
