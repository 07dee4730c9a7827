// The live reads of the Receipts view: the newest receipts at once, then all of them; and whether
// any use is logged, for its CSV.
import { db } from './database';
import { useLiveRead } from './live-read';
import { allTopUps, FIRST_RECEIPTS, newestTopUps } from './receipts';
import type { TopUpRow } from './rows';

export interface Receipts {
  topUps: TopUpRow[];
  /** False while only the first screenful has been read. */
  complete: boolean;
}

/** The newest receipts at once, then all of them; undefined while nothing is read yet. */
export function useReceipts(): Receipts | undefined {
  const first = useLiveRead('receipts:first', () => newestTopUps(FIRST_RECEIPTS));
  // The whole list is read only once the first screenful is on screen.
  const all = useLiveRead(first ? 'receipts:all' : 'receipts:not-yet', async () =>
    first ? allTopUps() : undefined,
  );
  if (all) return { topUps: all, complete: true };
  return first && { topUps: first, complete: first.length < FIRST_RECEIPTS };
}

/** How many uses are logged across every line; undefined while loading. */
export function useUseCount(): number | undefined {
  return useLiveRead('use-count', () => db.uses.count());
}
