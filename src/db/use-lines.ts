// The live read of every line, which the first view and the app's frame share.
import { sharedLiveRead } from './live-read';
import type { LineRow } from './rows';

const lines = sharedLiveRead((database) => database.lines.toArray());

/**
 * Start-up's read of the lines: the rows it read without Dexie, or else the live read's first
 * answer, awaited with the settings before the first render.
 */
export function readLinesAtStart(early?: readonly unknown[]): Promise<LineRow[]> {
  return lines.atStart(early as LineRow[] | undefined);
}

/** Every line, archived or not; undefined while loading. */
export function useLines(): LineRow[] | undefined {
  return lines.use();
}
