// The first Intl formatter of each kind makes the engine load its locale data from disk: on a cold
// start 50–110 ms, which would otherwise fall in the first render of dates, amounts, plurals and
// the sorted plans. The early script (app/start-early.ts) makes one of each kind while the page
// still waits for the app's bundle; the data then stays loaded for the formatters the views make.
//
// This module imports nothing, so that the early script stays one small file of its own.

/** Makes one formatter of each kind the first view uses, for the device's languages. */
export function warmLocaleData(languages: readonly string[]): void {
  try {
    const locales = [...languages];
    new Intl.DateTimeFormat(locales, { dateStyle: 'medium', timeZone: 'UTC' }).format(0);
    // Any currency loads the locale's currency data.
    new Intl.NumberFormat(locales, { style: 'currency', currency: 'USD' }).format(0);
    new Intl.PluralRules(locales).select(1);
    new Intl.Collator(locales, { numeric: true, sensitivity: 'base' }).compare('a', 'b');
  } catch {
    // A language tag the engine refuses: the views meet it with their own fallbacks.
  }
}
