// Every top-up for the Receipts view, newest payment first, and the first screenful of them, read
// through the paid-on index before the rest, so that ten years of receipts show their newest rows
// as soon as a handful do.
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
