// Live settings for the views: re-renders whenever any tab or the worker changes a setting.
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from './database';
import { type Settings, settingsFromRows } from './settings';

/** The settings, or undefined while the first read is on its way. */
export function useSettings(): Settings | undefined {
  return useLiveQuery(async () => settingsFromRows(await db.settings.toArray()));
}
