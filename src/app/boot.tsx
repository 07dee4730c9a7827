// Start-up: open the database, pick the language, then show the app — or, when storage cannot be
// opened, the page that explains why. Every view then reads through db/live-read.ts.
import type { ReactNode } from 'react';
import { openDatabase } from '@/db/open-database';
import { readSettings } from '@/db/settings';
import { initI18n } from '@/i18n/i18n';
import { localeFromLanguages, resolveLocale } from '@/i18n/locale';
import { listenForInstallOffer } from '@/pwa/install';
import { useAppStatus } from '@/state/app-status-store';
import { whenIdle } from '@/ui/when-idle';
import { App } from './app';
import { DatabaseUnavailable } from './database-unavailable';

function errorName(error: unknown): string {
  return error instanceof Error ? error.name : 'UnknownError';
}

export async function boot(render: (node: ReactNode) => void): Promise<void> {
  // Before anything awaits: the browser may offer installation at any moment after load.
  listenForInstallOffer();
  try {
    await openDatabase(() => useAppStatus.getState().markUpgradedElsewhere());
    const settings = await readSettings();
    await initI18n(resolveLocale(settings.language, navigator.languages));
    render(<App />);
  } catch (error) {
    console.error(error);
    await initI18n(localeFromLanguages(navigator.languages));
    render(<DatabaseUnavailable errorName={errorName(error)} />);
  }
  // The first view does not need the service worker: it is registered when the page is idle.
  whenIdle(() => {
    import('@/pwa/register-service-worker')
      .then(({ registerServiceWorker }) => registerServiceWorker())
      .catch((error: unknown) =>
        console.error('The service worker could not be registered', error),
      );
  });
}
