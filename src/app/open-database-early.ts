// The page's first script. index.html loads it on its own, ahead of the app's bundle (see the
// open-database-early plugin in vite.config.ts), so that the browser reads the database from disk
// while the bundle is fetched and evaluated (see db/open-storage-early.ts). The database's name
// comes in through `define`: importing it would share a module, and so a chunk, with the bundle.
import { openStorageEarly } from '@/db/open-storage-early';

openStorageEarly(__DATABASE_NAME__);
