// Live reads of every top-up for the Receipts view, newest payment first. The first screenful
// comes through the paid-on index before the rest is read, so that ten years of receipts show
// their newest rows as soon as a handful do.
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from './database';
import { newestFirst } from './newest-first';
import type { TopUpRow } from './rows';

/** More rows than the tallest screen shows, so the first screen is full before the rest comes. */
export const FIRST_RECEIPTS = 40;

/** The `count` newest top-ups, in the order of `newestFirst`. */
export async function newestTopUps(count: number): Promise<TopUpRow[]> {
  // The index orders by day only; of the rows paid on the day the page ends, any may belong to
  // it, so every row from that day on is read and put in order.
  const [lastDay] = await db.topUps
    .orderBy('paidOn')
    .reverse()
    .offset(count - 1)
    .limit(1)
    .keys();
  const rows =
    lastDay === undefined
      ? await db.topUps.toArray()
      : await db.topUps.where('paidOn').aboveOrEqual(lastDay).toArray();
  return rows.sort(newestFirst).slice(0, count);
}

/** Every top-up, read in paid-on order so that sorting only settles rows of the same day. */
export async function allTopUps(): Promise<TopUpRow[]> {
  return (await db.topUps.orderBy('paidOn').reverse().toArray()).sort(newestFirst);
}

export interface Receipts {
  topUps: TopUpRow[];
  /** False while only the first screenful has been read. */
  complete: boolean;
}

/** The newest receipts at once, then all of them; undefined while nothing is read yet. */
export function useReceipts(): Receipts | undefined {
  const first = useLiveQuery(() => newestTopUps(FIRST_RECEIPTS));
  const firstRead = first !== undefined;
  const all = useLiveQuery(() => (firstRead ? allTopUps() : undefined), [firstRead]);
  if (all) return { topUps: all, complete: true };
  return first && { topUps: first, complete: first.length < FIRST_RECEIPTS };
}
