// Start-up: read what the first view shows, pick the language, then show the app — or, when
// storage cannot be opened, the page that explains why.
import type { ReactNode } from 'react';
import { holdConnectionUntil, whenConnected } from '@/db/load-connection';
import { readAtStart } from '@/db/read-at-start';
import { whenChangedElsewhere } from '@/db/when-changed-elsewhere';
import { initI18n } from '@/i18n/i18n';
import { localeFromLanguages, resolveLocale } from '@/i18n/locale';
import { listenForInstallOffer } from '@/pwa/install';
import { useAppStatus } from '@/state/app-status-store';
import { whenFirstUsed } from '@/ui/when-first-used';
import { whenIdle } from '@/ui/when-idle';
import { App } from './app';
import { DatabaseUnavailable } from './database-unavailable';

function errorName(error: unknown): string {
  return error instanceof Error ? error.name : 'UnknownError';
}

/** Where there are rows to follow: at the page's first idle moment. */
function nextIdleMoment(): Promise<void> {
  return new Promise((resolve) => whenIdle(resolve));
}

/**
 * On a first visit there is nothing yet to follow, and loading Dexie and creating the database
 * (two tasks of 30–70 ms each here, longer on a phone) would take the main thread just when the
 * person first taps. So it waits for their first action, or for another tab to write: this page
 * then follows what it wrote.
 */
function firstUseOrChangeElsewhere(): Promise<void> {
  return new Promise((resolve) => {
    const stops = [whenFirstUsed(done), whenChangedElsewhere(done)];
    function done() {
      for (const stop of stops) stop();
      resolve();
    }
  });
}

export async function boot(render: (node: ReactNode) => void): Promise<void> {
  // Before anything awaits: the browser may offer installation at any moment after load.
  listenForInstallOffer();
  const systemLocale = localeFromLanguages(navigator.languages);
  const unavailable = async (error: unknown) => {
    console.error(error);
    await initI18n(systemLocale);
    render(<DatabaseUnavailable errorName={errorName(error)} />);
  };
  try {
    const { settings, firstVisit } = await readAtStart();
    // Dexie comes after the first render (see db/load-connection.ts); once it is here, it opens
    // the database, and a failure then still gets the page that explains it.
    holdConnectionUntil(firstVisit ? firstUseOrChangeElsewhere() : nextIdleMoment());
    whenConnected((connection) => {
      connection.onUpgradedElsewhere(() => useAppStatus.getState().markUpgradedElsewhere());
      void connection.openDatabase().catch(unavailable);
    });
    await initI18n(resolveLocale(settings.language, navigator.languages));
    render(<App />);
  } catch (error) {
    await unavailable(error);
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
