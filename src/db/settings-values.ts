// User preferences: what each may be, their defaults, and the settings read from stored rows.
// Pure of Dexie, so that the worker and the backup code read them the same way.
import * as v from 'valibot';
import { isCurrencyCode } from '@/domain/money';
import { parseTimeOfDay } from '@/domain/local-date-time';
import { DEFAULT_LEAD_DAYS, DEFAULT_REMINDER_TIME } from '@/domain/reminders';
import { LIMITS } from '@/domain/limits';
import type { TopupDatabase } from './database';
import type { SettingRow } from './rows';

export type ThemeChoice = 'system' | 'light' | 'dark';

export interface Settings {
  /** 'system' follows the device's languages; otherwise a locale code of the app. */
  language: string;
  theme: ThemeChoice;
  /** ISO 4217 code a new plan starts with. */
  defaultCurrency: string;
  /** "HH:MM", local time of day at which reminders are raised. */
  reminderTime: string;
  /** Days before the due date a new plan reminds on. */
  defaultLeadDays: number[];
  /** Days of grace a new plan starts with. */
  defaultGraceDays: number;
  /** When the user last exported a backup (ms since the epoch), 0 for never. */
  lastBackupAt: number;
  /** When the service worker last checked due dates in the background (ms), 0 for never. */
  lastBackgroundCheckAt: number;
  /** The app version whose "what's new" the user has seen; '' before the first start. */
  seenVersion: string;
}

export const DEFAULT_SETTINGS: Settings = {
  language: 'system',
  theme: 'system',
  defaultCurrency: 'USD',
  reminderTime: DEFAULT_REMINDER_TIME,
  defaultLeadDays: [...DEFAULT_LEAD_DAYS],
  defaultGraceDays: 0,
  lastBackupAt: 0,
  lastBackgroundCheckAt: 0,
  seenVersion: '',
};

export type SettingKey = keyof Settings;

/** What a stored value must be to be used; anything else falls back to the default. */
const SETTING_SCHEMAS: { [K in SettingKey]: v.GenericSchema<unknown, Settings[K]> } = {
  language: v.pipe(v.string(), v.maxLength(20)),
  theme: v.picklist(['system', 'light', 'dark']),
  defaultCurrency: v.pipe(v.string(), v.check(isCurrencyCode)),
  reminderTime: v.pipe(
    v.string(),
    v.check((text) => parseTimeOfDay(text) !== null),
  ),
  defaultLeadDays: v.pipe(
    v.array(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(LIMITS.leadDayMax))),
    v.maxLength(LIMITS.leadDays),
  ),
  defaultGraceDays: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(LIMITS.graceDaysMax)),
  lastBackupAt: v.pipe(v.number(), v.integer(), v.minValue(0)),
  lastBackgroundCheckAt: v.pipe(v.number(), v.integer(), v.minValue(0)),
  seenVersion: v.pipe(v.string(), v.maxLength(40)),
};

function isSettingKey(key: string): key is SettingKey {
  return Object.hasOwn(SETTING_SCHEMAS, key);
}

/** Stored rows over the defaults; rows of unknown keys or invalid values are ignored. */
export function settingsFromRows(rows: readonly { key: string; value: unknown }[]): Settings {
  const settings: Settings = { ...DEFAULT_SETTINGS };
  for (const { key, value } of rows) {
    if (isSettingKey(key) && v.is(SETTING_SCHEMAS[key], value)) {
      Object.assign(settings, { [key]: value });
    }
  }
  return settings;
}

/** The settings stored in `database`, over the defaults. */
export async function readSettingsFrom(database: TopupDatabase): Promise<Settings> {
  return settingsFromRows(await database.settings.toArray());
}

/** Throws when `value` may not be stored as the setting `key`. */
export function assertSetting<K extends SettingKey>(key: K, value: Settings[K]): void {
  v.parse(SETTING_SCHEMAS[key], value);
}

/**
 * The rows a database holds from the moment it is created: the version that created it, so that
 * someone who starts on this version is told of nothing new.
 */
export function settingRowsOfNewDatabase(now: number): SettingRow[] {
  const key: SettingKey = 'seenVersion';
  return [{ key, value: __APP_VERSION__, createdAt: now, updatedAt: now }];
}
