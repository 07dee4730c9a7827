// Live settings for the views: re-renders whenever any tab or the worker changes a setting.
import { sharedLiveRead } from './live-read';
import { readSettings, type Settings } from './settings';

const settings = sharedLiveRead(readSettings);

/** Reads the settings for the first render; start-up awaits it with the lines. */
export function readSettingsAtStart(): Promise<Settings> {
  return settings.atStart();
}

/** The settings, or undefined while the first read is on its way. */
export function useSettings(): Settings | undefined {
  return settings.use();
}
