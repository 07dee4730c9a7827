import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { d } from './dates.fixture';
import { forecastEnd, forecastPayments, type ForecastLine } from './insight-forecast';
import { addDays, compareDates } from './plain-date';
import { upcomingDueDates, type RenewalRule } from './renewal-rule';

const TODAY = d('2027-01-20');
const usd = (minor: number) => ({ minor, currency: 'USD' });

function line(overrides: Partial<ForecastLine> & Pick<ForecastLine, 'id'>): ForecastLine {
  return {
    rule: { kind: 'monthly', every: 1, anchorDay: 31 },
    nextDue: d('2027-01-31'),
    price: usd(1000),
    archived: false,
    ...overrides,
  };
}

describe('forecastEnd', () => {
  it('counts today as the first of the 90 days', () => {
    expect(forecastEnd(TODAY)).toBe('2027-04-19');
    expect(forecastEnd(TODAY, 1)).toBe('2027-01-20');
  });
});

describe('forecastPayments', () => {
  it('lists each due date of the next 90 days at the current price, by date', () => {
    const payments = forecastPayments(
      [
        line({ id: 'mum', nextDue: d('2027-03-31') }),
        line({
          id: 'work',
          rule: { kind: 'days', every: 30 },
          nextDue: d('2027-03-12'),
          price: usd(2500),
        }),
      ],
      TODAY,
    );
    expect(payments).toEqual([
      { lineId: 'work', due: '2027-03-12', amount: usd(2500), overdue: false, fromBalance: false },
      { lineId: 'mum', due: '2027-03-31', amount: usd(1000), overdue: false, fromBalance: false },
      { lineId: 'work', due: '2027-04-11', amount: usd(2500), overdue: false, fromBalance: false },
    ]);
  });

  it('marks the renewals a balance pays, and starts a stale schedule at the next renewal', () => {
    // $25 read on Jan 1 pays the $10 renewals of Jan 10 and Feb 10; Mar 10 is short.
    const payg = line({
      id: 'payg',
      rule: { kind: 'monthly', every: 1, anchorDay: 10 },
      nextDue: d('2026-12-10'),
      balance: { amount: usd(2500), asOf: d('2027-01-01'), renewsFromBalance: true },
    });
    // Dec 10 came before the reading and Jan 10 was taken from the balance: neither is owed.
    expect(
      forecastPayments([payg], TODAY).map(({ due, fromBalance, overdue }) => [
        due,
        fromBalance,
        overdue,
      ]),
    ).toEqual([
      ['2027-02-10', true, false],
      ['2027-03-10', false, false],
      ['2027-04-10', false, false],
    ]);
  });

  it('keeps a month-end anchor through February', () => {
    const dates = forecastPayments([line({ id: 'a' })], TODAY).map((p) => p.due);
    expect(dates).toEqual(['2027-01-31', '2027-02-28', '2027-03-31']);
  });

  it('includes a payment due today and one due on the last day, not the day after', () => {
    const rule: RenewalRule = { kind: 'days', every: 89 };
    expect(
      forecastPayments([line({ id: 'a', rule, nextDue: TODAY })], TODAY).map((p) => p.due),
    ).toEqual(['2027-01-20', '2027-04-19']);
    const longer: RenewalRule = { kind: 'days', every: 90 };
    expect(
      forecastPayments([line({ id: 'a', rule: longer, nextDue: TODAY })], TODAY).map((p) => p.due),
    ).toEqual(['2027-01-20']);
  });

  it('lists an overdue due date once, marked, then the due dates from today on', () => {
    const payments = forecastPayments(
      [line({ id: 'late', rule: { kind: 'days', every: 30 }, nextDue: d('2026-11-01') })],
      TODAY,
    );
    expect(payments.map((p) => [p.due, p.overdue])).toEqual([
      ['2026-11-01', true],
      ['2027-01-30', false],
      ['2027-03-01', false],
      ['2027-03-31', false],
    ]);
  });

  it('leaves out archived lines and lines due after the 90 days', () => {
    expect(
      forecastPayments(
        [line({ id: 'old', archived: true }), line({ id: 'far', nextDue: d('2027-04-20') })],
        TODAY,
      ),
    ).toEqual([]);
  });

  it('copies the price, so changing a payment does not change the line', () => {
    const mum = line({ id: 'mum' });
    const [first] = forecastPayments([mum], TODAY);
    if (first) first.amount.minor = 1;
    expect(mum.price).toEqual(usd(1000));
  });

  const arbitraryRule: fc.Arbitrary<RenewalRule> = fc.oneof(
    fc.record({
      kind: fc.constant('monthly' as const),
      every: fc.integer({ min: 1, max: 4 }),
      anchorDay: fc.integer({ min: 1, max: 31 }),
    }),
    fc.record({ kind: fc.constant('days' as const), every: fc.integer({ min: 1, max: 100 }) }),
    fc.record({
      kind: fc.constant('validity' as const),
      days: fc.integer({ min: 1, max: 100 }),
      stack: fc.boolean(),
    }),
  );

  it('gives exactly the rule’s due dates that fall in the 90 days, overdue first', () => {
    fc.assert(
      fc.property(
        arbitraryRule,
        fc.integer({ min: -200, max: 120 }),
        fc.integer({ min: 1, max: 120 }),
        (rule, offset, days) => {
          const nextDue = addDays(TODAY, offset);
          const end = forecastEnd(TODAY, days);
          const payments = forecastPayments([line({ id: 'x', rule, nextDue })], TODAY, days);
          const expected = upcomingDueDates(rule, nextDue, 400).filter(
            (date) =>
              compareDates(date, end) <= 0 && (date === nextDue || compareDates(date, TODAY) >= 0),
          );
          expect(payments.map((p) => p.due)).toEqual(expected);
          for (const payment of payments) {
            expect(payment.overdue).toBe(compareDates(payment.due, TODAY) < 0);
          }
        },
      ),
    );
  });
});
