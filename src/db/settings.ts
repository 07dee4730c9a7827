// User preferences, kept as rows of the settings table so that the service worker reads them too.
import { db } from './database';

export type ThemeChoice = 'system' | 'light' | 'dark';

export interface Settings {
  /** 'system' follows the device's languages; otherwise a locale code of the app. */
  language: string;
  theme: ThemeChoice;
}

export const DEFAULT_SETTINGS: Settings = {
  language: 'system',
  theme: 'system',
};

type SettingKey = keyof Settings;

function isSettingKey(key: string): key is SettingKey {
  return Object.hasOwn(DEFAULT_SETTINGS, key);
}

/** Stored rows over the defaults; rows of unknown keys or of the wrong type are ignored. */
export function settingsFromRows(rows: readonly { key: string; value: unknown }[]): Settings {
  const settings: Settings = { ...DEFAULT_SETTINGS };
  for (const { key, value } of rows) {
    if (isSettingKey(key) && typeof value === typeof DEFAULT_SETTINGS[key]) {
      Object.assign(settings, { [key]: value });
    }
  }
  return settings;
}

export async function readSettings(): Promise<Settings> {
  return settingsFromRows(await db.settings.toArray());
}

export async function saveSetting<K extends SettingKey>(key: K, value: Settings[K]): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const now = Date.now();
    const existing = await db.settings.get(key);
    await db.settings.put({ key, value, createdAt: existing?.createdAt ?? now, updatedAt: now });
  });
}
