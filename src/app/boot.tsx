// Start-up: open the database, pick the language, then show the app — or, when storage cannot
// be opened, the page that explains why.
import type { ReactNode } from 'react';
import { onUpgradedElsewhere, openDatabase } from '@/db/connection';
import { readSettings } from '@/db/settings';
import { initI18n } from '@/i18n/i18n';
import { localeFromLanguages, resolveLocale } from '@/i18n/locale';
import { listenForInstallOffer } from '@/pwa/install';
import { registerServiceWorker } from '@/pwa/register-service-worker';
import { useAppStatus } from '@/state/app-status-store';
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
    await openDatabase();
    onUpgradedElsewhere(() => useAppStatus.getState().markUpgradedElsewhere());
    const { language } = await readSettings();
    await initI18n(resolveLocale(language, navigator.languages));
    render(<App />);
  } catch (error) {
    console.error(error);
    await initI18n(systemLocale);
    render(<DatabaseUnavailable errorName={errorName(error)} />);
  }
  registerServiceWorker();
}
