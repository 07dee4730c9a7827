import { beforeEach, describe, expect, it } from 'vitest';
import { db } from './database';
import { readSettings, saveSetting } from './settings';
import { DEFAULT_SETTINGS, settingsFromRows } from './settings-values';

beforeEach(async () => {
  await db.delete();
  await db.open();
});

describe('settings', () => {
  it('notes the version that created the database, and reads the defaults for the rest', async () => {
    expect(await readSettings()).toEqual({ ...DEFAULT_SETTINGS, seenVersion: __APP_VERSION__ });
  });

  it('reads the defaults from an empty table', async () => {
    await db.settings.clear();
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps a saved value and its creation time across later saves', async () => {
    await saveSetting('language', 'zh-Hant');
    const first = await db.settings.get('language');
    await saveSetting('language', 'en');
    const second = await db.settings.get('language');
    expect((await readSettings()).language).toBe('en');
    expect(second?.createdAt).toBe(first?.createdAt);
    expect(second?.updatedAt).toBeGreaterThanOrEqual(first?.updatedAt ?? Infinity);
  });

  it('ignores unknown keys and values of the wrong type', () => {
    expect(
      settingsFromRows([
        { key: 'language', value: 42 },
        { key: 'nonsense', value: 'x' },
        { key: 'theme', value: 'dark' },
      ]),
    ).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark' });
  });
});
