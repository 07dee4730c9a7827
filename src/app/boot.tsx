// Start-up: open the database, pick the language, then show the app — or, when storage cannot
// be opened, the page that explains why.
import type { ReactNode } from 'react';
import { onUpgradedElsewhere, openDatabase } from '@/db/connection';
import { DEFAULT_SETTINGS } from '@/db/settings';
import { readLinesAtStart } from '@/db/use-lines';
import { readSettingsAtStart } from '@/db/use-settings';
import { prepareMoneyFormat } from '@/domain/money';
import { prepareDateFormat } from '@/domain/plain-date-format';
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
    const opening = openDatabase();
    // The date and currency formatters the cards use, made while the database opens (the first
    // of them loads the locale data: 40–80 ms unless the service worker has already loaded it in
    // this process). Only on a page the worker serves, which has been opened before: a first
    // visit shows no date or amount, and would spend that time before its first paint for nothing.
    if (navigator.serviceWorker?.controller) {
      prepareDateFormat(systemLocale);
      prepareMoneyFormat(systemLocale, DEFAULT_SETTINGS.defaultCurrency);
    }
    await opening;
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
