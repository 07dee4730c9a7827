// The live read of every line, which the Plans view and the app's frame share.
import { db } from './database';
import { useLiveRead } from './live-read';
import type { LineRow } from './rows';

/** Every line, archived or not; undefined while loading. */
export function useLines(): LineRow[] | undefined {
  return useLiveRead('lines', () => db.lines.toArray());
}
