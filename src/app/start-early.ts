// The page's first script. index.html loads it on its own, ahead of the app's bundle (see the
// early-script plugin in vite.config.ts), to start the slow parts of a cold start that do not need
// the app's code while the page waits for that code: reading the database from disk (see
// db/open-storage-early.ts) and loading the locale data of dates and amounts (see
// i18n/warm-locale-data.ts). The database's name comes in through `define`: importing it would
// share a module, and so a chunk, with the bundle.
import { openStorageEarly } from '@/db/open-storage-early';
import { warmLocaleData } from '@/i18n/warm-locale-data';

openStorageEarly(__DATABASE_NAME__);
// In a task of its own, so that the database request leaves first.
setTimeout(() => {
  warmLocaleData(navigator.languages);
}, 0);
