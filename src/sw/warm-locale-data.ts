// On a cold start Chromium runs this worker in the page's own process, and keeps the locale data
// of dates and amounts for the whole process. The page's first date or currency formatter would
// spend 40–80 ms of its main thread loading that data; instead, the worker makes the same
// formatters on its own thread while the page is busy compiling its bundle, and the page finds
// the data loaded.
//
// When matters, and was measured side by side (median of twelve cold starts each): right after
// the page itself was served, the worker's thread was busy while the page asked for its scripts
// (695 ms); once the app's entry script has been handed over, it is free when the page needs it
// (614 ms); on the page's word, at the start of the bundle, it comes too late (708 ms); not at
// all, 694 ms. Making the formatters on the page before the bundle, or in a dedicated worker, was
// 100 ms slower still.
import type { WorkboxPlugin } from 'workbox-core';
import { prepareMoneyFormat } from '@/domain/money';
import { prepareDateFormat } from '@/domain/plain-date-format';
import { localeFromLanguages } from '@/i18n/locale';
import { isPage } from './policy-header';

/** The currency whose formatter loads the locale's currency data (any currency would). */
const ANY_CURRENCY = 'USD';

/** Makes the date and currency formatters the page's first view uses, for these languages. */
export function warmLocaleData(languages: readonly string[]): void {
  const locale = localeFromLanguages(languages);
  prepareDateFormat(locale);
  prepareMoneyFormat(locale, ANY_CURRENCY);
}

/** Whether the event asked for a module script: the app's bundle, not the classic early script. */
function asksForModuleScript(event: ExtendableEvent | undefined): boolean {
  const request: unknown = event && 'request' in event ? event.request : undefined;
  return request instanceof Request && request.destination === 'script' && request.mode === 'cors';
}

/**
 * Runs warmLocaleData once, for the device's languages, in a task after this worker has served
 * a page and then that page's first module script: the entry bundle, which the page spends the
 * next few hundred milliseconds compiling and running before it formats its first date.
 */
export function warmLocaleDataAfterEntryScript(languages: () => readonly string[]): WorkboxPlugin {
  let pageServed = false;
  let scheduled = false;
  return {
    cachedResponseWillBeUsed: async ({ cachedResponse, event }) => {
      if (scheduled || !cachedResponse) return cachedResponse;
      if (isPage(cachedResponse)) pageServed = true;
      else if (pageServed && asksForModuleScript(event)) {
        scheduled = true;
        setTimeout(() => warmLocaleData(languages()), 0);
      }
      return cachedResponse;
    },
  };
}
