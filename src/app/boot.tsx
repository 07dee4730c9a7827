// Start-up: open the database, pick the language, then show the app — or, when storage cannot
// be opened, the page that explains why.
import type { ReactNode } from 'react';
import { onUpgradedElsewhere, openDatabase } from '@/db/connection';
import { readLinesAtStart } from '@/db/use-lines';
import { readSettingsAtStart } from '@/db/use-settings';
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
  const systemLocale = localeFromLanguages(navigator.languages);
  try {
    // No formatters made ahead here: on a start with data the service worker has loaded the
    // locale data (see sw/warm-locale-data.ts), and a first visit shows no date or amount, so
    // making one would only spend 40–80 ms of the first paint loading that data.
    await openDatabase();
    onUpgradedElsewhere(() => useAppStatus.getState().markUpgradedElsewhere());
    const [{ language }] = await Promise.all([readSettingsAtStart(), readLinesAtStart()]);
    await initI18n(resolveLocale(language, navigator.languages));
    render(<App />);
  } catch (error) {
    console.error(error);
    await initI18n(systemLocale);
    render(<DatabaseUnavailable errorName={errorName(error)} />);
  }
  // At the first idle moment, loading workbox-window only then: the first view does not need it.
  whenIdle(() => {
    import('@/pwa/register-service-worker')
      .then(({ registerServiceWorker }) => registerServiceWorker())
      .catch((error: unknown) =>
        console.error('The service worker could not be registered', error),
      );
  });
}
