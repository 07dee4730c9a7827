import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addToBalance,
  balanceOn,
  projectBalance,
  renewalDueOn,
  type BalanceReading,
} from './balance';
import { advance, type RenewalRule } from './renewal-rule';
import { addDays, compareDates } from './plain-date';
import { d } from './dates.fixture';

const monthlyOn9: RenewalRule = { kind: 'monthly', every: 1, anchorDay: 9 };
const usd = (minor: number) => ({ minor, currency: 'USD' });

describe('projectBalance', () => {
  it('says how many renewals a balance covers, when it runs short and by how much', () => {
    // $17.40 on Dec 20 pays the $10 renewal of Jan 9, not the one of Feb 9.
    const reading: BalanceReading = { amount: usd(1740), asOf: d('2026-12-20') };
    expect(projectBalance(reading, usd(1000), monthlyOn9, d('2027-01-09'))).toEqual({
      covered: 1,
      lastCovered: '2027-01-09',
      firstShort: '2027-02-09',
      left: usd(740),
      shortBy: usd(260),
      topUpBy: '2027-02-08',
    });
  });

  it('starts with the first renewal after the day the balance was read', () => {
    // Read on the due date itself: that renewal is already taken.
    const reading = { amount: usd(500), asOf: d('2027-01-09') };
    expect(projectBalance(reading, usd(1000), monthlyOn9, d('2026-11-09'))).toMatchObject({
      covered: 0,
      firstShort: '2027-02-09',
      shortBy: usd(500),
      topUpBy: '2027-02-08',
    });
    expect(projectBalance(reading, usd(1000), monthlyOn9, d('2026-11-09'))).not.toHaveProperty(
      'lastCovered',
    );
  });

  it('projects nothing for a free plan or a balance in another currency', () => {
    const reading = { amount: usd(500), asOf: d('2027-01-01') };
    expect(projectBalance(reading, usd(0), monthlyOn9, d('2027-01-09'))).toBeUndefined();
    const gbp = { minor: 1000, currency: 'GBP' };
    expect(projectBalance(reading, gbp, monthlyOn9, d('2027-01-09'))).toBeUndefined();
  });

  it('covers N renewals exactly when the balance is at least N times the fee', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 1, max: 100_000 }),
        fc.integer({ min: 0, max: 50 }),
        (balance, fee, n) => {
          const reading = { amount: usd(balance), asOf: d('2027-01-01') };
          const projection = projectBalance(reading, usd(fee), monthlyOn9, d('2027-01-09'));
          expect(projection).toBeDefined();
          const covered = projection?.covered ?? -1;
          expect(covered >= n).toBe(balance >= n * fee);
          expect((projection?.left.minor ?? 0) + covered * fee).toBe(balance);
          expect(projection?.shortBy.minor).toBe(fee - (projection?.left.minor ?? 0));
        },
      ),
    );
  });

  it('puts the first short renewal on the schedule, after every covered one', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 20_000 }),
        fc.integer({ min: 1, max: 120 }),
        (balance, every) => {
          const rule: RenewalRule = { kind: 'days', every };
          const reading = { amount: usd(balance), asOf: d('2027-01-01') };
          const projection = projectBalance(reading, usd(1000), rule, d('2027-01-05'));
          const covered = Math.floor(balance / 1000);
          expect(projection?.firstShort).toBe(advance(rule, d('2027-01-05'), covered));
          if (projection?.lastCovered) {
            expect(compareDates(projection.lastCovered, projection.firstShort)).toBe(-1);
          }
        },
      ),
    );
  });
});

describe('balanceOn', () => {
  const reading = { amount: usd(2500), asOf: d('2026-12-20') };

  it('takes the fee of each renewal between the reading and the day', () => {
    expect(balanceOn(reading, usd(1000), monthlyOn9, d('2027-01-09'), d('2027-01-08'))).toEqual(
      usd(2500),
    );
    expect(balanceOn(reading, usd(1000), monthlyOn9, d('2027-01-09'), d('2027-01-09'))).toEqual(
      usd(1500),
    );
    expect(balanceOn(reading, usd(1000), monthlyOn9, d('2027-01-09'), d('2027-03-20'))).toEqual(
      usd(500),
    );
  });

  it('never takes a fee the balance cannot pay', () => {
    expect(balanceOn(reading, usd(1000), monthlyOn9, d('2027-01-09'), d('2028-01-01'))).toEqual(
      usd(500),
    );
  });
});

describe('addToBalance', () => {
  const reading: BalanceReading = { amount: usd(740), asOf: d('2027-01-10') };

  it('adds the amount to what the balance is on the day of the top-up', () => {
    // The $10 renewal of Feb 9 cannot be paid from $7.40, so nothing is taken before Feb 20.
    expect(
      addToBalance(reading, usd(1000), monthlyOn9, d('2027-01-09'), d('2027-02-20'), usd(500)),
    ).toEqual({
      amount: usd(1240),
      asOf: '2027-02-20',
    });
    // $17.40 read on Jan 10 pays Feb 9: $7.40 left on Feb 20, then $5 more.
    const more = { ...reading, amount: usd(1740) };
    expect(
      addToBalance(more, usd(1000), monthlyOn9, d('2027-01-09'), d('2027-02-20'), usd(500)),
    ).toEqual({
      amount: usd(1240),
      asOf: '2027-02-20',
    });
  });

  it('keeps the reading’s day when the top-up is dated before it', () => {
    expect(
      addToBalance(reading, usd(1000), monthlyOn9, d('2027-01-09'), d('2027-01-02'), usd(500)),
    ).toEqual({
      amount: usd(1240),
      asOf: '2027-01-10',
    });
  });

  it('never loses or makes money: the result is the balance on that day plus the amount', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000 }),
        fc.integer({ min: 1, max: 5_000 }),
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 0, max: 100_000 }),
        (balance, fee, offset, amount) => {
          const start = { amount: usd(balance), asOf: d('2027-01-01') };
          const paidOn = addDays(d('2027-01-01'), offset);
          const after = addToBalance(
            start,
            usd(fee),
            monthlyOn9,
            d('2027-01-09'),
            paidOn,
            usd(amount),
          );
          const before = balanceOn(start, usd(fee), monthlyOn9, d('2027-01-09'), paidOn);
          expect(after.amount.minor).toBe(before.minor + amount);
          expect(after.amount.minor % fee).toBe((balance + amount) % fee);
        },
      ),
    );
  });
});

describe('renewalDueOn', () => {
  it('is the next renewal on or after today while the balance pays them', () => {
    const reading = { amount: usd(5000), asOf: d('2027-01-01') };
    expect(renewalDueOn(reading, usd(1000), monthlyOn9, d('2027-01-09'), d('2027-03-09'))).toBe(
      '2027-03-09',
    );
    expect(renewalDueOn(reading, usd(1000), monthlyOn9, d('2027-01-09'), d('2027-03-10'))).toBe(
      '2027-04-09',
    );
  });

  it('stays on the first renewal the balance could not pay, once it has passed', () => {
    const reading = { amount: usd(1000), asOf: d('2027-01-01') };
    expect(renewalDueOn(reading, usd(1000), monthlyOn9, d('2027-01-09'), d('2027-04-20'))).toBe(
      '2027-02-09',
    );
  });
});

describe('balanceOn, addToBalance and renewalDueOn at their edges', () => {
  const reading: BalanceReading = { amount: usd(2500), asOf: d('2027-01-01') };

  it('takes the fee of each renewal between the reading and the day, as far as it can pay', () => {
    expect(balanceOn(reading, usd(1000), monthlyOn9, d('2027-01-09'), d('2027-01-08'))).toEqual(
      usd(2500),
    );
    expect(balanceOn(reading, usd(1000), monthlyOn9, d('2027-01-09'), d('2027-01-09'))).toEqual(
      usd(1500),
    );
    expect(balanceOn(reading, usd(1000), monthlyOn9, d('2027-01-09'), d('2027-02-09'))).toEqual(
      usd(500),
    );
    expect(balanceOn(reading, usd(1000), monthlyOn9, d('2027-01-09'), d('2027-06-09'))).toEqual(
      usd(500),
    );
  });

  it('leaves the reading as it is for a free plan or a fee in another currency', () => {
    expect(balanceOn(reading, usd(0), monthlyOn9, d('2027-01-09'), d('2027-06-09'))).toEqual(
      usd(2500),
    );
    const gbp = { minor: 100, currency: 'GBP' };
    expect(balanceOn(reading, gbp, monthlyOn9, d('2027-01-09'), d('2027-06-09'))).toEqual(
      usd(2500),
    );
  });

  it('adds a top-up on the reading’s own day to the reading', () => {
    expect(
      addToBalance(reading, usd(1000), monthlyOn9, d('2027-01-09'), d('2027-01-01'), usd(100)),
    ).toEqual({
      amount: usd(2600),
      asOf: '2027-01-01',
    });
  });

  it('gives a free plan’s next renewal, and the first short renewal when it is today', () => {
    expect(renewalDueOn(reading, usd(0), monthlyOn9, d('2027-01-09'), d('2027-03-10'))).toBe(
      '2027-04-09',
    );
    const short = { amount: usd(500), asOf: d('2027-01-01') };
    expect(renewalDueOn(short, usd(1000), monthlyOn9, d('2027-01-09'), d('2027-01-09'))).toBe(
      '2027-01-09',
    );
  });
});
