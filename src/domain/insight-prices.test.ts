import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { d } from './dates.fixture';
import { pricePerPeriod, priceHistory, type PaidPrice } from './insight-prices';
import { addDays } from './plain-date';

const usd = (minor: number) => ({ minor, currency: 'USD' });
const paid = (paidOn: string, minor: number, periods = 1, createdAt = 0): PaidPrice => ({
  paidOn: d(paidOn),
  createdAt,
  amount: usd(minor),
  periods,
});

describe('pricePerPeriod', () => {
  it('divides the amount by the periods paid, rounded to the minor unit', () => {
    expect(pricePerPeriod(paid('2027-01-01', 4500, 3))).toEqual(usd(1500));
    expect(pricePerPeriod(paid('2027-01-01', 1000, 3))).toEqual(usd(333));
    expect(pricePerPeriod(paid('2027-01-01', 1000, 0))).toEqual(usd(1000));
  });
});

describe('priceHistory', () => {
  it('is null for a line with no top-up', () => {
    expect(priceHistory([])).toBeNull();
  });

  it('reports each change of the price per period, in the order paid', () => {
    const history = priceHistory([
      paid('2027-03-01', 1500),
      paid('2027-01-01', 1000),
      paid('2027-02-01', 3600, 3),
      paid('2027-04-01', 1500),
    ]);
    expect(history).toEqual({
      since: '2027-01-01',
      first: usd(1000),
      current: usd(1500),
      changes: [
        { on: '2027-02-01', from: usd(1000), to: usd(1200) },
        { on: '2027-03-01', from: usd(1200), to: usd(1500) },
      ],
    });
  });

  it('orders two top-ups of the same day by when they were logged', () => {
    const history = priceHistory([paid('2027-01-01', 2000, 1, 2), paid('2027-01-01', 1000, 1, 1)]);
    expect(history?.changes).toEqual([{ on: '2027-01-01', from: usd(1000), to: usd(2000) }]);
  });

  it('counts a change of currency as a change', () => {
    const history = priceHistory([
      paid('2027-01-01', 1000),
      { ...paid('2027-02-01', 1000), amount: { minor: 1000, currency: 'CNY' } },
    ]);
    expect(history?.changes).toHaveLength(1);
  });

  it('has no change when paying several periods at the same price', () => {
    expect(priceHistory([paid('2027-01-01', 1000), paid('2027-02-01', 2000, 2)])?.changes).toEqual(
      [],
    );
  });

  it('chains its changes from the first price to the current one', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            paidOn: fc.integer({ min: 0, max: 400 }).map((o) => addDays(d('2026-01-01'), o)),
            createdAt: fc.integer({ min: 0, max: 1000 }),
            amount: fc.record({
              minor: fc.constantFrom(1000, 1500, 2000, 3000),
              currency: fc.constantFrom('USD', 'CNY'),
            }),
            periods: fc.integer({ min: 1, max: 3 }),
          }),
          { minLength: 1, maxLength: 30 },
        ),
        (payments) => {
          const history = priceHistory(payments);
          if (!history) throw new Error('a history was expected');
          let price = history.first;
          for (const change of history.changes) {
            expect(change.from).toEqual(price);
            expect(change.to).not.toEqual(change.from);
            price = change.to;
          }
          expect(price).toEqual(history.current);
        },
      ),
    );
  });
});
