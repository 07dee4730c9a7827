// The early read must leave no trace: it creates nothing on a first visit, changes no row, reads
// only a database of the schema it knows, and never stands in the way of Dexie or an upgrade.
import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { SCHEMA_V1, TopupDatabase, db } from './database';
import { SCHEMA_VERSION, STORED_VERSION } from './database-identity';
import { readEarly } from './read-early';

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

const FIRST_VIEW = ['lines', 'settings'] as const;

describe('readEarly', () => {
  it('expects the version Dexie stores the latest schema as', () => {
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(STORED_VERSION).toBe(SCHEMA_VERSION * 10);
  });

  it('finds no database on a first visit, creates none, and Dexie then creates the whole schema', async () => {
    const name = 'early-first-visit';
    expect(await readEarly(name, STORED_VERSION, FIRST_VIEW)).toEqual({ found: 'none' });
    expect(await exists(name)).toBe(false);
    const created = new TopupDatabase(name);
    await created.open();
    expect(created.tables.map((table) => table.name).sort()).toEqual([
      'attachments',
      'lines',
      'reminderLog',
      'settings',
      'shareInbox',
      'topUps',
    ]);
    created.close();
    await Dexie.delete(name);
  });

  it('reads every row of the tables asked for, as Dexie stored them, and changes none', async () => {
    const name = 'early-rows';
    const stored = new TopupDatabase(name);
    const line = { id: 'line-1', name: 'Mint' };
    const setting = { key: 'language', value: 'zh-Hant', createdAt: 1, updatedAt: 2 };
    await stored.table('lines').add(line);
    await stored.settings.put(setting);
    const settingsBefore = await stored.settings.toArray();
    stored.close();

    const read = await readEarly(name, STORED_VERSION, FIRST_VIEW);
    expect(read).toEqual({ found: 'rows', rows: { lines: [line], settings: settingsBefore } });
    expect(settingsBefore).toContainEqual(setting);

    const again = new TopupDatabase(name);
    expect(await again.table('lines').toArray()).toEqual([line]);
    expect(await again.settings.toArray()).toEqual(settingsBefore);
    again.close();
    await Dexie.delete(name);
  });

  it('leaves a database of another schema version to Dexie, which upgrades it', async () => {
    const name = 'early-older';
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_V1);
    const row = { key: 'language', value: 'zh-Hans', createdAt: 1, updatedAt: 2 };
    await v1.table('settings').add(row);
    v1.close();

    expect(await readEarly(name, STORED_VERSION, FIRST_VIEW)).toEqual({ found: 'other' });
    const upgraded = new TopupDatabase(name);
    expect(await upgraded.settings.toArray()).toEqual([row]);
    expect(await upgraded.lines.count()).toBe(0);
    upgraded.close();
    await Dexie.delete(name);
  });

  it('closes its connection, so a schema upgrade right after is not blocked', async () => {
    const name = 'early-upgrade';
    (await openRaw(name, 1)).close();
    const reading = readEarly(name, 1, ['store-1']);
    const upgraded = await openRaw(name, 2);
    expect(await reading).toEqual({ found: 'rows', rows: { 'store-1': [] } });
    expect([...upgraded.objectStoreNames].sort()).toEqual(['store-1', 'store-2']);
    upgraded.close();
    await Dexie.delete(name);
  });

  it('leaves storage that is missing, refused or short of a table to Dexie to report', async () => {
    vi.stubGlobal('indexedDB', undefined);
    const withoutIndexedDB = readEarly('early-missing', STORED_VERSION, FIRST_VIEW);
    vi.unstubAllGlobals();
    expect(await withoutIndexedDB).toEqual({ found: 'other' });
    const refusing = {
      open: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    } as unknown as IDBFactory;
    expect(await readEarly('early-refused', STORED_VERSION, FIRST_VIEW, refusing)).toEqual({
      found: 'other',
    });
    const name = 'early-short';
    (await openRaw(name, 1)).close();
    expect(await readEarly(name, 1, ['store-1', 'lines'])).toEqual({ found: 'other' });
    await Dexie.delete(name);
  });
});
