// Reads for Insight that add up in the query, so that a view of 20,000 top-ups holds only the
// sums: top-ups are read by range of the paid-on index (the two years shown) and first top-ups
// through the line-and-date index; only price histories read every top-up, a range at a time.
// No row reaches the view.
import Dexie from 'dexie';
import { twoYearRange } from '@/domain/insight-months';
import { type PaidPrice, priceHistory, type PriceHistory } from '@/domain/insight-prices';
import { sumByMonth, type MonthlySum } from '@/domain/insight-spend';
import type { PlainDate } from '@/domain/plain-date';
import { db } from './database';

export interface SpendData {
  /** Per line, month and currency, over last year and this year. */
  sums: MonthlySum[];
  /** The day of each summed line's first top-up ever. */
  firstPaidOn: Map<string, PlainDate>;
  /** Every top-up there is, in any year. */
  topUpCount: number;
}

/** The spend of last year and this year, summed, for `today`. */
export async function loadSpend(today: PlainDate): Promise<SpendData> {
  const { from, to } = twoYearRange(today);
  return db.transaction('r', db.topUps, async () => {
    const rows = await db.topUps.where('paidOn').between(from, to, true, true).toArray();
    const sums = sumByMonth(rows);
    // One request per line, all in flight at once: each reads a single key of the line index.
    const lineIds = [...new Set(sums.map((sum) => sum.lineId))];
    const firsts = await Promise.all(
      lineIds.map((lineId) =>
        db.topUps
          .where('[lineId+paidOn]')
          .between([lineId, Dexie.minKey], [lineId, Dexie.maxKey])
          .first(),
      ),
    );
    const firstPaidOn = new Map<string, PlainDate>();
    for (const first of firsts) if (first) firstPaidOn.set(first.lineId, first.paidOn);
    return { sums, firstPaidOn, topUpCount: await db.topUps.count() };
  });
}

/**
 * Bounds splitting the primary key into 16 ranges. Ids are random UUIDs, so each range holds about
 * a sixteenth of the top-ups; ids of any other form still fall in exactly one range.
 */
const ID_BOUNDS = [...'123456789abcdef'];

/**
 * Each line's price history, by line id, for every line that has a top-up. Every top-up counts,
 * so all are read, one range of the primary key at a time: each read is small enough not to hold
 * the main thread for long, and a live query watches a whole range as one. (Reading line by line
 * through an index, or in pages with a limit, makes the live query watch each row, which took
 * seconds with ten years of top-ups.) Only the few changes per line are kept.
 */
export async function loadPriceHistories(): Promise<Map<string, PriceHistory>> {
  const paidByLine = new Map<string, PaidPrice[]>();
  const lows = [Dexie.minKey, ...ID_BOUNDS];
  const highs = [...ID_BOUNDS, Dexie.maxKey];
  for (const [index, low] of lows.entries()) {
    const rows = await db.topUps.where('id').between(low, highs[index], true, false).toArray();
    for (const { lineId, paidOn, createdAt, amount, periods } of rows) {
      const paid = paidByLine.get(lineId);
      const price = { paidOn, createdAt, amount, periods };
      if (paid) paid.push(price);
      else paidByLine.set(lineId, [price]);
    }
  }
  const histories = new Map<string, PriceHistory>();
  for (const [lineId, paid] of paidByLine) {
    const history = priceHistory(paid);
    if (history) histories.set(lineId, history);
  }
  return histories;
}
