import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from './database';
import type { TopUpRow } from './rows';
import { date, resetDatabase, topUpInput } from '@/testing/db-fixtures';
import { allTopUps, newestTopUps } from './receipts';

beforeEach(resetDatabase);

const DAYS = ['2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02'] as const;

/** Rows crowded onto a few days, so that many share the day a first page ends on. */
const rowsArbitrary = fc.uniqueArray(
  fc.record({
    id: fc.string({ minLength: 1, maxLength: 6 }),
    day: fc.constantFrom(...DAYS),
    createdAt: fc.integer({ min: 0, max: 50 }),
  }),
  { selector: (row) => row.id, maxLength: 60 },
);

function topUpRow(id: string, day: string, createdAt: number): TopUpRow {
  const input = topUpInput({ paidOn: date(day) });
  return {
    ...input,
    id,
    lineId: 'a',
    dueBefore: input.paidOn,
    dueAfter: input.paidOn,
    createdAt,
    updatedAt: createdAt,
  };
}

describe('the receipts read for the Receipts view', () => {
  it('gives as the first page exactly the newest rows of the whole list, same-day rows included', async () => {
    await fc.assert(
      fc.asyncProperty(rowsArbitrary, fc.integer({ min: 1, max: 70 }), async (rows, count) => {
        await db.topUps.clear();
        await db.topUps.bulkAdd(rows.map((row) => topUpRow(row.id, row.day, row.createdAt)));
        const all = await allTopUps();
        expect(all).toHaveLength(rows.length);
        expect(await newestTopUps(count)).toEqual(all.slice(0, count));
      }),
      { numRuns: 60 },
    );
  });

  it('lists every receipt newest payment first, the one logged last first within a day', async () => {
    await db.topUps.bulkAdd([
      topUpRow('old', '2026-12-30', 9),
      topUpRow('late', '2027-01-02', 1),
      topUpRow('later', '2027-01-02', 2),
      topUpRow('middle', '2027-01-01', 5),
    ]);
    expect((await allTopUps()).map((row) => row.id)).toEqual(['later', 'late', 'middle', 'old']);
    expect((await newestTopUps(2)).map((row) => row.id)).toEqual(['later', 'late']);
  });
});
