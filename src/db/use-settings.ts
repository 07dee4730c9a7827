// Live settings for the views: re-renders whenever any tab or the worker changes a setting.
import { sharedLiveRead } from './live-read';
import { readSettingsFrom, settingsFromRows, type Settings } from './settings-values';

const settings = sharedLiveRead(readSettingsFrom);

/**
 * Start-up's read of the settings: from the rows it read without Dexie, or else the live read's
 * first answer, awaited with the lines before the first render.
 */
export function readSettingsAtStart(early?: readonly unknown[]): Promise<Settings> {
  return settings.atStart(early && settingsFromRows(early as { key: string; value: unknown }[]));
}

/** The settings, or undefined while the first read is on its way. */
export function useSettings(): Settings | undefined {
  return settings.use();
}
