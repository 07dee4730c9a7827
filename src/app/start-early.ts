// The page's first script. index.html loads it on its own, ahead of the app's bundle (see the
// early-script plugin in vite.config.ts), to start reading the database from disk while the page
// waits for the bundle (see db/open-storage-early.ts). The database's name comes in through
// `define`: importing it would share a module, and so a chunk, with the bundle.
//
// No Intl formatters here to load the locale data early: measured side by side, that made a cold
// start 100 ms slower, on the page or in a worker of its own. The service worker does it instead,
// on its own thread in the same process (see sw/warm-locale-data.ts).
import { openStorageEarly } from '@/db/open-storage-early';

openStorageEarly(__DATABASE_NAME__);
