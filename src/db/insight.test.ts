import { beforeEach, describe, expect, it } from 'vitest';
import { db } from './database';
import { loadPriceHistories, loadSpend } from './insight';
import { createLine } from './lines';
import { date, lineInput, resetDatabase, topUpInput } from '@/testing/db-fixtures';
import { logTopUp } from './top-ups';

beforeEach(resetDatabase);

const usd = (minor: number) => ({ minor, currency: 'USD' });

async function twoLines() {
  const mum = await createLine(lineInput({ name: 'Mum', nextDue: date('2025-06-30') }));
  const work = await createLine(
    lineInput({ name: 'Work', price: { minor: 4500, currency: 'CNY' } }),
  );
  const pay = (lineId: string, paidOn: string, minor: number, currency = 'USD') =>
    logTopUp(lineId, topUpInput({ paidOn: date(paidOn), amount: { minor, currency } }));
  await pay(mum, '2025-06-30', 800);
  await pay(mum, '2026-12-31', 1000);
  await pay(mum, '2027-01-01', 1200);
  await pay(mum, '2027-01-31', 1200);
  await pay(work, '2027-01-15', 4500, 'CNY');
  await pay(work, '2027-02-01', 2500);
  return { mum, work };
}

describe('loadSpend', () => {
  it('sums last year and this year per line, month and currency, and finds each first top-up', async () => {
    const { mum, work } = await twoLines();
    const spend = await loadSpend(date('2027-01-20'));
    expect(spend.topUpCount).toBe(6);
    // Ids are random, so the order of two lines within a month is not known in advance.
    expect(spend.sums).toHaveLength(4);
    expect(spend.sums).toEqual(
      expect.arrayContaining([
        { lineId: mum, month: '2026-12', amount: usd(1000) },
        { lineId: mum, month: '2027-01', amount: usd(2400) },
        { lineId: work, month: '2027-01', amount: { minor: 4500, currency: 'CNY' } },
        { lineId: work, month: '2027-02', amount: usd(2500) },
      ]),
    );
    expect(spend.firstPaidOn).toEqual(
      new Map([
        [mum, '2025-06-30'],
        [work, '2027-01-15'],
      ]),
    );
  });

  it('reads nothing outside the two years', async () => {
    await twoLines();
    const spend = await loadSpend(date('2030-05-01'));
    expect(spend).toEqual({ sums: [], firstPaidOn: new Map(), topUpCount: 6 });
  });
});

describe('loadPriceHistories', () => {
  it('gives each line with top-ups its changes of price', async () => {
    const { mum, work } = await twoLines();
    const histories = await loadPriceHistories();
    expect(histories.get(mum)).toEqual({
      since: '2025-06-30',
      first: usd(800),
      current: usd(1200),
      changes: [
        { on: '2026-12-31', from: usd(800), to: usd(1000) },
        { on: '2027-01-01', from: usd(1000), to: usd(1200) },
      ],
    });
    expect(histories.get(work)?.changes).toHaveLength(1);
    await db.topUps.clear();
    expect(await loadPriceHistories()).toEqual(new Map());
  });

  it('reads every top-up once, whatever the form of its id', async () => {
    const { mum } = await twoLines();
    const template = await db.topUps.where('lineId').equals(mum).first();
    if (!template) throw new Error('a top-up was expected');
    await db.topUps.clear();
    const ids = ['', '0', '1', '19', '9f', 'a', 'f', 'ffff', 'top-up-7', 'Z', '~', '中'];
    await db.topUps.bulkAdd(
      ids.map((id, index) => ({
        ...template,
        id,
        paidOn: date(`2026-01-${String(index + 1).padStart(2, '0')}`),
        amount: usd(100 + index),
      })),
    );
    const history = (await loadPriceHistories()).get(mum);
    expect(history?.changes.map((change) => change.to.minor)).toEqual(
      ids.slice(1).map((_, index) => 101 + index),
    );
  });
});
