import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { d } from './dates.fixture';
import { matchesFilter, NO_FILTER } from './insight-filter';
import { lastMonths, monthOf } from './insight-months';
import { sumByMonth, summariseSpend, type PaidAmount } from './insight-spend';
import { totalsByCurrency, type Money } from './money';
import { addDays, type PlainDate } from './plain-date';

const usd = (minor: number): Money => ({ minor, currency: 'USD' });
const cny = (minor: number): Money => ({ minor, currency: 'CNY' });
const paid = (lineId: string, paidOn: string, amount: Money): PaidAmount => ({
  lineId,
  paidOn: d(paidOn),
  amount,
});

const TODAY = d('2027-01-20');
const noFirst = new Map<string, PlainDate>();

describe('sumByMonth', () => {
  it('adds exactly per line, month and currency, and parts months at midnight of the 1st', () => {
    const sums = sumByMonth([
      paid('mum', '2027-01-31', usd(1000)),
      paid('mum', '2027-02-01', usd(1500)),
      paid('mum', '2027-01-01', usd(10)),
      paid('work', '2027-01-15', usd(2500)),
      paid('work', '2027-01-16', cny(4500)),
      paid('mum', '2026-12-31', usd(1)),
    ]);
    expect(sums).toEqual([
      { lineId: 'mum', month: '2026-12', amount: usd(1) },
      { lineId: 'mum', month: '2027-01', amount: usd(1010) },
      { lineId: 'work', month: '2027-01', amount: cny(4500) },
      { lineId: 'work', month: '2027-01', amount: usd(2500) },
      { lineId: 'mum', month: '2027-02', amount: usd(1500) },
    ]);
  });

  it('gives nothing for no top-ups and leaves its input alone', () => {
    expect(sumByMonth([])).toEqual([]);
    const amount = usd(5);
    sumByMonth([paid('a', '2027-01-01', amount), paid('a', '2027-01-02', amount)]);
    expect(amount).toEqual(usd(5));
  });

  it('refuses a total it cannot keep exact', () => {
    expect(() =>
      sumByMonth([
        paid('a', '2027-01-01', usd(Number.MAX_SAFE_INTEGER)),
        paid('a', '2027-01-02', usd(1)),
      ]),
    ).toThrow(RangeError);
  });

  const arbitraryPayment = fc.record({
    lineId: fc.constantFrom('a', 'b', 'c|d'),
    paidOn: fc.integer({ min: 0, max: 800 }).map((offset) => addDays(d('2025-11-01'), offset)),
    amount: fc.record({
      minor: fc.integer({ min: 0, max: 1_000_000 }),
      currency: fc.constantFrom('USD', 'CNY', 'JPY'),
    }),
  });

  it('keeps every currency’s grand total, and each sum is its own top-ups’ total', () => {
    fc.assert(
      fc.property(fc.array(arbitraryPayment, { maxLength: 60 }), (payments) => {
        const sums = sumByMonth(payments);
        expect(totalsByCurrency(sums.map((sum) => sum.amount))).toEqual(
          totalsByCurrency(payments.map((payment) => payment.amount)),
        );
        for (const sum of sums) {
          const own = payments.filter(
            (p) =>
              p.lineId === sum.lineId &&
              monthOf(p.paidOn) === sum.month &&
              p.amount.currency === sum.amount.currency,
          );
          expect(own.length).toBeGreaterThan(0);
          expect(own.reduce((total, p) => total + p.amount.minor, 0)).toBe(sum.amount.minor);
        }
      }),
    );
  });

  it('does not depend on the order of the top-ups', () => {
    fc.assert(
      fc.property(fc.array(arbitraryPayment, { maxLength: 30 }), (payments) => {
        expect(sumByMonth([...payments].reverse())).toEqual(sumByMonth(payments));
      }),
    );
  });
});

describe('summariseSpend', () => {
  const sums = sumByMonth([
    paid('mum', '2026-12-20', usd(1000)),
    paid('mum', '2027-01-20', usd(1200)),
    paid('work', '2027-01-19', usd(2500)),
    paid('work', '2027-01-31', cny(4500)),
    paid('mum', '2026-01-05', usd(900)),
    paid('mum', '2025-12-31', usd(700)),
    paid('work', '2027-03-01', usd(99)),
  ]);
  const summary = summariseSpend(sums, {
    today: TODAY,
    firstPaidOn: new Map([
      ['mum', d('2025-12-31')],
      ['work', d('2027-01-19')],
    ]),
  });
  const usdSpend = summary.currencies.find((c) => c.currency === 'USD');

  it('shows the twelve months ending with the current one', () => {
    expect(summary.months).toEqual(lastMonths(TODAY, 12));
    expect(summary.thisYear).toBe(2027);
  });

  it('keeps currencies apart, by code', () => {
    expect(summary.currencies.map((c) => c.currency)).toEqual(['CNY', 'USD']);
    const yuan = summary.currencies[0];
    expect(yuan?.lines.map((line) => line.lineId)).toEqual(['work']);
    expect(yuan?.byMonth.at(-1)).toEqual(cny(4500));
    expect(yuan?.inMonths).toEqual(cny(4500));
  });

  it('sums each month exactly, with empty months as zero', () => {
    expect(usdSpend?.byMonth.map((money) => money.minor)).toEqual([
      0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1000, 3700,
    ]);
    expect(usdSpend?.lines.find((l) => l.lineId === 'mum')?.byMonth.at(-2)).toEqual(usd(1000));
    expect(usdSpend?.inMonths).toEqual(usd(4700));
  });

  it('totals this year and last year per line and in all, the future of this year included', () => {
    const mum = usdSpend?.lines.find((l) => l.lineId === 'mum');
    const work = usdSpend?.lines.find((l) => l.lineId === 'work');
    expect(mum?.thisYear).toEqual(usd(1200));
    expect(mum?.lastYear).toEqual(usd(1900));
    expect(work?.thisYear).toEqual(usd(2599));
    expect(work?.lastYear).toEqual(usd(0));
    expect(usdSpend?.thisYear).toEqual(usd(3799));
    expect(usdSpend?.lastYear).toEqual(usd(1900));
  });

  it('averages a line over the months since its first top-up, at most twelve', () => {
    const mum = usdSpend?.lines.find((l) => l.lineId === 'mum');
    const work = usdSpend?.lines.find((l) => l.lineId === 'work');
    // Mum paid before the twelve months: 22.00 over 12 months. Work started this month.
    expect(mum?.averagePerMonth).toEqual(usd(183));
    expect(work?.averagePerMonth).toEqual(usd(2500));
    expect(usdSpend?.averagePerMonth).toEqual(usd(Math.round(2200 / 12 + 2500)));
  });

  it('spreads a line over all the months when its first top-up is unknown', () => {
    const only = summariseSpend(sumByMonth([paid('x', '2026-11-02', usd(300))]), {
      today: TODAY,
      firstPaidOn: noFirst,
    });
    expect(only.currencies[0]?.lines[0]?.averagePerMonth).toEqual(usd(300 / 12));
  });

  it('leaves out months before last year and after this year', () => {
    const old = summariseSpend(
      sumByMonth([paid('x', '2025-12-31', usd(1)), paid('x', '2028-01-01', usd(1))]),
      { today: TODAY, firstPaidOn: noFirst },
    );
    expect(old.currencies).toEqual([]);
  });

  it('shows a line with only a top-up of last year outside the months, with zero months', () => {
    const early = summariseSpend(sumByMonth([paid('x', '2026-01-31', usd(500))]), {
      today: TODAY,
      firstPaidOn: new Map([['x', d('2026-01-31')]]),
    });
    const line = early.currencies[0]?.lines[0];
    expect(line?.byMonth.every((money) => money.minor === 0)).toBe(true);
    expect(line?.lastYear).toEqual(usd(500));
    expect(line?.averagePerMonth).toEqual(usd(0));
  });

  it('after a filter, holds only what the filter keeps', () => {
    const filter = { ...NO_FILTER, lineId: 'work' };
    const kept = sums.filter((sum) => matchesFilter(filter, sum.lineId, sum.amount.currency));
    const filtered = summariseSpend(kept, { today: TODAY, firstPaidOn: noFirst });
    expect(filtered.currencies.flatMap((c) => c.lines.map((l) => l.lineId))).toEqual([
      'work',
      'work',
    ]);
    expect(matchesFilter({ lineId: '', currency: 'CNY' }, 'a', 'USD')).toBe(false);
    expect(matchesFilter({ lineId: '', currency: 'CNY' }, 'a', 'CNY')).toBe(true);
    expect(matchesFilter(NO_FILTER, 'a', 'USD')).toBe(true);
  });

  it('always adds up: lines to totals, months to the sum of months, per currency', () => {
    const arbitrarySum = fc.record({
      lineId: fc.constantFrom('a', 'b', 'c'),
      paidOn: fc.integer({ min: 0, max: 1100 }).map((offset) => addDays(d('2025-06-01'), offset)),
      amount: fc.record({
        minor: fc.integer({ min: 0, max: 100_000 }),
        currency: fc.constantFrom('USD', 'CNY'),
      }),
    });
    fc.assert(
      fc.property(
        fc.array(arbitrarySum, { maxLength: 50 }),
        fc.integer({ min: 0, max: 700 }),
        (payments, offset) => {
          const today = addDays(d('2026-01-01'), offset);
          const result = summariseSpend(sumByMonth(payments), { today, firstPaidOn: noFirst });
          const year = Number(today.slice(0, 4));
          for (const spend of result.currencies) {
            const mine = payments.filter((p) => p.amount.currency === spend.currency);
            const add = (list: PaidAmount[]) => list.reduce((t, p) => t + p.amount.minor, 0);
            result.months.forEach((month, index) => {
              expect(spend.byMonth[index]?.minor).toBe(
                add(mine.filter((p) => monthOf(p.paidOn) === month)),
              );
              expect(spend.lines.reduce((t, l) => t + (l.byMonth[index]?.minor ?? 0), 0)).toBe(
                spend.byMonth[index]?.minor,
              );
            });
            expect(spend.inMonths.minor).toBe(spend.byMonth.reduce((t, m) => t + m.minor, 0));
            expect(spend.thisYear.minor).toBe(
              add(mine.filter((p) => p.paidOn.startsWith(`${year}-`))),
            );
            expect(spend.lastYear.minor).toBe(
              add(mine.filter((p) => p.paidOn.startsWith(`${year - 1}-`))),
            );
            for (const line of spend.lines) {
              expect(line.averagePerMonth.minor).toBeLessThanOrEqual(line.inMonths.minor);
            }
          }
        },
      ),
    );
  });
});
