// Start-up's read: the early script's rows when it could read them, Dexie's read otherwise, and
// the same settings either way.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { EarlyRead } from './read-early';

type FirstViewRead = EarlyRead<'lines' | 'settings'>;

/** A fresh copy of the modules, so that every test starts with the shared reads unanswered. */
async function fresh() {
  vi.resetModules();
  const { readAtStart } = await import('./read-at-start');
  const { db } = await import('./database');
  const { readSettings } = await import('./settings');
  const { DEFAULT_SETTINGS } = await import('./settings-values');
  return { readAtStart, db, readSettings, DEFAULT_SETTINGS };
}

const found = (read: FirstViewRead) => Promise.resolve(read);

describe('readAtStart', () => {
  beforeEach(async () => {
    const { db } = await fresh();
    await db.delete();
  });

  it("takes the early script's rows: stored settings over the defaults, invalid ones left out", async () => {
    const { readAtStart, db, DEFAULT_SETTINGS } = await fresh();
    const line = { id: 'line-1', name: 'Mint' };
    const read = await readAtStart(
      found({
        found: 'rows',
        rows: {
          lines: [line],
          settings: [
            { key: 'language', value: 'zh-Hant' },
            { key: 'theme', value: 'neon' },
          ],
        },
      }),
    );
    expect(read.lines).toEqual([line]);
    expect(read.settings).toEqual({ ...DEFAULT_SETTINGS, language: 'zh-Hant' });
    expect(read.firstVisit).toBe(false);
    // Dexie was not needed: nothing opened, nothing created.
    expect(db.isOpen()).toBe(false);
  });

  it('starts a first visit with no lines and the settings the new database then holds', async () => {
    const { readAtStart, readSettings, db } = await fresh();
    const read = await readAtStart(found({ found: 'none' }));
    expect(read.lines).toEqual([]);
    expect(read.firstVisit).toBe(true);
    expect(read.settings.seenVersion).toBe(__APP_VERSION__);
    expect(await readSettings()).toEqual(read.settings);
    db.close();
  });

  it('has Dexie open and read the database when the early script could not', async () => {
    const setup = await fresh();
    const line = { id: 'line-2', name: 'Tello' };
    await setup.db.table('lines').add(line);
    await setup.db.settings.put({ key: 'theme', value: 'dark', createdAt: 1, updatedAt: 1 });
    setup.db.close();

    const { readAtStart, db } = await fresh();
    const read = await readAtStart(found({ found: 'other' }));
    expect(db.isOpen()).toBe(true);
    expect(read.lines).toEqual([line]);
    expect(read.settings.theme).toBe('dark');
    expect(read.firstVisit).toBe(false);
    db.close();
  });

  it('has Dexie read the database when there is no early read at all', async () => {
    const { readAtStart, db } = await fresh();
    const read = await readAtStart();
    expect(db.isOpen()).toBe(true);
    expect(read.lines).toEqual([]);
    db.close();
  });
});
