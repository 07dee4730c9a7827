// The page's first script. index.html loads it on its own, ahead of the app's bundle (see the
// early-script plugin in vite.config.ts), to read what the first view shows while the page waits
// for the bundle (see db/read-early.ts); start-up takes the read from the global it leaves.
// The database's name and version come in through `define`: importing them would share a module,
// and so a chunk, with the bundle.
//
// No Intl formatters here to load the locale data early: measured side by side, that made a cold
// start 100 ms slower, on the page or in a worker of its own. The service worker does it instead,
// on its own thread in the same process (see sw/warm-locale-data.ts).
import { readEarly } from '@/db/read-early';

globalThis.topupEarlyRead = readEarly(__DATABASE_NAME__, __STORED_VERSION__, ['lines', 'settings']);
