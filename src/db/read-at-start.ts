// Start-up's read of what the first view shows: the lines and the settings.
import { loadConnection } from './load-connection';
import type { LineRow } from './rows';
import { settingRowsOfNewDatabase, type Settings } from './settings-values';
import { readLinesAtStart } from './use-lines';
import { readSettingsAtStart } from './use-settings';

/**
 * Reads the lines and the settings for the first render, which the views' live reads start from.
 * It takes the rows the early script read when it found the database at this schema version, or
 * found none (a first visit: no lines yet, and the settings a new database starts with).
 * Otherwise (a database to upgrade, storage that failed, or no early read) Dexie opens the
 * database, upgrading it or rejecting with what went wrong, and reads them. `firstVisit` says
 * that there was no database yet.
 */
export async function readAtStart(
  early = globalThis.topupEarlyRead ?? Promise.resolve({ found: 'other' as const }),
): Promise<{ lines: LineRow[]; settings: Settings; firstVisit: boolean }> {
  const read = await early;
  if (read.found === 'other') {
    await (await loadConnection()).openDatabase();
    const [lines, settings] = await Promise.all([readLinesAtStart(), readSettingsAtStart()]);
    return { lines, settings, firstVisit: false };
  }
  const rows =
    read.found === 'rows'
      ? read.rows
      : { lines: [], settings: settingRowsOfNewDatabase(Date.now()) };
  return {
    lines: await readLinesAtStart(rows.lines),
    settings: await readSettingsAtStart(rows.settings),
    firstVisit: read.found === 'none',
  };
}
