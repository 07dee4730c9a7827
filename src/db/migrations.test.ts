// Each schema version opens the data of the version before it without losing a row.
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { SCHEMA_V1, TopupDatabase } from './database';

describe('migration from version 1 (settings only) to version 2', () => {
  it('keeps every settings row and opens the new tables empty and usable', async () => {
    const name = 'topup-migration-v1';
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_V1);
    const seeded = [
      { key: 'language', value: 'zh-Hant', createdAt: 1, updatedAt: 2 },
      { key: 'theme', value: 'dark', createdAt: 3, updatedAt: 4 },
    ];
    await v1.table('settings').bulkAdd(seeded);
    v1.close();

    const v2 = new TopupDatabase(name);
    await v2.open();
    expect(v2.verno).toBe(2);
    expect(await v2.settings.orderBy('key').toArray()).toEqual(seeded);
    expect(await v2.lines.count()).toBe(0);
    expect(await v2.topUps.where('[lineId+paidOn]').between(['a', ''], ['z', '']).count()).toBe(0);
    v2.close();
    await Dexie.delete(name);
  });
});
