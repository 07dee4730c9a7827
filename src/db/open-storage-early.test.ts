// The early open must leave no trace: it creates nothing on a first visit, keeps every row, and
// never stands in the way of Dexie's open or of a schema upgrade.
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { SCHEMA_V1, TopupDatabase } from './database';
import { openStorageEarly } from './open-storage-early';

/** Opens `name` with the bare API; requests for one database are served in order. */
function openRaw(name: string, version?: number): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, version);
    request.onupgradeneeded = () => {
      request.result.createObjectStore(`store-${String(version)}`);
    };
    request.onblocked = () => {
      reject(new Error('blocked by another connection'));
    };
    request.onsuccess = () => {
      resolve(request.result);
    };
    request.onerror = () => {
      reject(request.error ?? new Error('open failed'));
    };
  });
}

/** Whether `name` exists when a request queued now is served; it never creates it. */
function exists(name: string): Promise<boolean> {
  return new Promise((resolve) => {
    const request = indexedDB.open(name);
    request.onupgradeneeded = () => {
      resolve(false);
      request.transaction?.abort();
    };
    request.onsuccess = () => {
      request.result.close();
      resolve(true);
    };
    request.onerror = (event) => {
      event.preventDefault();
    };
  });
}

describe('openStorageEarly', () => {
  it('creates no database on a first visit, and Dexie then creates the whole schema', async () => {
    const name = 'early-first-visit';
    openStorageEarly(name);
    const db = new TopupDatabase(name);
    await db.open();
    expect(db.tables.map((table) => table.name).sort()).toEqual([
      'attachments',
      'lines',
      'reminderLog',
      'settings',
      'shareInbox',
      'topUps',
    ]);
    db.close();
    await Dexie.delete(name);
  });

  it('leaves nothing behind on a first visit', async () => {
    const name = 'early-nothing-after';
    openStorageEarly(name);
    expect(await exists(name)).toBe(false);
  });

  it('opens an existing database without changing its rows', async () => {
    const name = 'early-existing';
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_V1);
    const row = { key: 'language', value: 'zh-Hans', createdAt: 1, updatedAt: 2 };
    await v1.table('settings').add(row);
    v1.close();

    openStorageEarly(name);
    const again = new Dexie(name);
    again.version(1).stores(SCHEMA_V1);
    expect(await again.table('settings').toArray()).toEqual([row]);
    again.close();
    await Dexie.delete(name);
  });

  it('closes its connection, so a schema upgrade right after is not blocked', async () => {
    const name = 'early-upgrade';
    (await openRaw(name, 1)).close();
    openStorageEarly(name);
    const upgraded = await openRaw(name, 2);
    expect([...upgraded.objectStoreNames].sort()).toEqual(['store-1', 'store-2']);
    upgraded.close();
    await Dexie.delete(name);
  });

  it('does nothing where IndexedDB is missing or refuses to open', () => {
    expect(() => {
      openStorageEarly('early-missing', undefined);
    }).not.toThrow();
    const refusing = {
      open: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    } as unknown as IDBFactory;
    expect(() => {
      openStorageEarly('early-refused', refusing);
    }).not.toThrow();
  });
});
