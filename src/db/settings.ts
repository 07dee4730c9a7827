// User preferences, kept as rows of the settings table so that the service worker reads them too.
import { db } from './database';
import { assertSetting, readSettingsFrom, type SettingKey, type Settings } from './settings-values';

export function readSettings(): Promise<Settings> {
  return readSettingsFrom(db);
}

export async function saveSetting<K extends SettingKey>(key: K, value: Settings[K]): Promise<void> {
  assertSetting(key, value);
  await db.transaction('rw', db.settings, async () => {
    const now = Date.now();
    const existing = await db.settings.get(key);
    await db.settings.put({ key, value, createdAt: existing?.createdAt ?? now, updatedAt: now });
  });
}
