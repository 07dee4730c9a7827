// How files are written: as Blobs where this browser's IndexedDB takes them, as their bytes where
// it refuses them (stored-files.ts says why WebKit does). Each write asks first, with a small Blob
// written and rolled back, because WebKit's refusal depends on the session and can come and go.
import { db } from './database';
import type { StoredBytes } from './rows';

class RolledBack extends Error {}

/** Whether IndexedDB takes a Blob now: one is written to settings, then rolled back. */
async function blobsTaken(): Promise<boolean> {
  try {
    await db.transaction('rw', db.settings, async () => {
      const probe = { key: 'blob-probe', value: new Blob(['probe']), createdAt: 0, updatedAt: 0 };
      await db.settings.put(probe);
      throw new RolledBack();
    });
  } catch (error) {
    return error instanceof RolledBack;
  }
  return false;
}

/** The items ready to be written, Blobs or their bytes. Call before the transaction opens. */
export async function storable<T extends { blob: Blob }>(
  items: readonly T[],
): Promise<(Omit<T, 'blob'> & { blob: StoredBytes })[]> {
  if (items.length === 0 || (await blobsTaken())) return [...items];
  return Promise.all(items.map(async (item) => ({ ...item, blob: await item.blob.arrayBuffer() })));
}
