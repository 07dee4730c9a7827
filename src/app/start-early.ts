// The page's first script. index.html loads it on its own, ahead of the app's bundle (see the
// early-script plugin in vite.config.ts), to read what the first view shows while the page waits
// for the bundle (see db/read-early.ts); start-up takes the read from the global it leaves.
// The database's name and version come in through `define`: importing them would share a module,
// and so a chunk, with the bundle.
import { readEarly } from '@/db/read-early';

globalThis.topupEarlyRead = readEarly(__DATABASE_NAME__, __STORED_VERSION__, ['lines', 'settings']);

// The first view's dates and amounts as they were written last time (see ui/remembered-texts.ts).
// A page's first use of localStorage waits for the browser process to hand over the origin's
// items: here, that wait falls while the page waits for its bundle anyway.
try {
  globalThis.topupEarlyTexts = localStorage.getItem(__REMEMBERED_TEXTS_KEY__);
} catch {
  // Storage refused: the texts are made again.
}
