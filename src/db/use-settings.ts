// Live settings for the views: re-renders whenever any tab or the worker changes a setting.
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from './database';
import { keepSameAnswer } from './same-answer';
import { type Settings, settingsFromRows } from './settings';

const sameSettings = keepSameAnswer<Settings>();

/**
 * The settings as start-up read them, so that the first render has them (the alerts banner, the
 * what's-new note) instead of rendering again a frame later. Dropped as soon as a live read
 * answers, so that it can never stand for a later state of the settings.
 */
let settingsAtStart: Settings | undefined;

async function readSettings(): Promise<Settings> {
  return sameSettings(settingsFromRows(await db.settings.toArray()));
}

/** Reads the settings for the first render; start-up awaits it with the lines. */
export async function readSettingsAtStart(): Promise<Settings> {
  settingsAtStart = await readSettings();
  return settingsAtStart;
}

/** The settings, or undefined while the first read is on its way. */
export function useSettings(): Settings | undefined {
  return useLiveQuery(
    async () => {
      const settings = await readSettings();
      settingsAtStart = undefined;
      return settings;
    },
    [],
    settingsAtStart,
  );
}
