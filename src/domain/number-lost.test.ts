import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dueOn, keepAliveSteps, numberLost, type KeepAliveLine } from './number-lost';
import { addDays, compareDates } from './plain-date';
import { d } from './dates.fixture';

const usd = (minor: number) => ({ minor, currency: 'USD' });

const mint: KeepAliveLine = {
  nextDue: d('2026-12-10'),
  graceDays: 3,
  price: usd(500),
  rule: { kind: 'monthly', every: 1, anchorDay: 10 },
};

const giffgaff: KeepAliveLine = {
  nextDue: d('2027-06-01'),
  graceDays: 0,
  price: { minor: 1000, currency: 'GBP' },
  rule: { kind: 'monthly', every: 1, anchorDay: 1 },
  activity: {
    every: 6,
    unit: 'months',
    counts: ['call', 'sms', 'data', 'top-up'],
    since: d('2026-06-03'),
  },
};

describe('numberLost', () => {
  it('is the day after the due date plus the grace days for a line that only pays', () => {
    expect(numberLost(mint)).toEqual({
      cause: 'payment',
      by: '2026-12-10',
      lostOn: '2026-12-14',
      amount: usd(500),
    });
  });

  it('is the activity rule when the last use comes due first', () => {
    expect(numberLost(giffgaff)).toEqual({
      cause: 'activity',
      by: '2026-12-03',
      lostOn: '2026-12-04',
      counts: ['call', 'sms', 'data', 'top-up'],
    });
    // An SMS sent on Dec 1 moves it past the payment.
    const used = { ...giffgaff, lastUsedOn: d('2026-12-01') };
    expect(numberLost(used)).toMatchObject({
      cause: 'payment',
      lostOn: '2027-06-02',
    });
  });

  it('asks a line that renews from its balance to top up what the balance lacks', () => {
    const tello: KeepAliveLine = {
      ...mint,
      nextDue: d('2027-01-09'),
      graceDays: 0,
      rule: { kind: 'monthly', every: 1, anchorDay: 9 },
      price: usd(1000),
      balance: { amount: usd(1740), asOf: d('2026-12-20'), renewsFromBalance: true },
    };
    expect(numberLost(tello)).toEqual({
      cause: 'balance',
      by: '2027-02-08',
      lostOn: '2027-02-09',
      amount: usd(260),
      covered: 1,
    });
    expect(keepAliveSteps(tello).map((step) => step.cause)).toEqual(['balance']);
  });

  it("is the credit's own expiry when that comes first", () => {
    const line: KeepAliveLine = {
      ...mint,
      balance: {
        amount: usd(5000),
        asOf: d('2026-12-01'),
        renewsFromBalance: true,
        creditExpiresOn: d('2027-03-01'),
      },
    };
    expect(numberLost(line)).toEqual({
      cause: 'credit',
      by: '2027-03-01',
      lostOn: '2027-03-02',
    });
  });

  it('is nothing for a free plan renewing from its balance with no other rule', () => {
    const free = {
      ...mint,
      price: usd(0),
      balance: { amount: usd(0), asOf: d('2026-12-01'), renewsFromBalance: true },
    };
    expect(numberLost(free)).toBeUndefined();
  });

  it('is always the earliest of its rules, and each rule loses the number after its last day', () => {
    const arbitraryDay = fc.integer({ min: 0, max: 3000 }).map((n) => addDays(d('2026-01-01'), n));
    fc.assert(
      fc.property(
        arbitraryDay,
        arbitraryDay,
        fc.integer({ min: 0, max: 90 }),
        fc.option(arbitraryDay, { nil: undefined }),
        fc.integer({ min: 0, max: 50_000 }),
        fc.boolean(),
        (nextDue, since, graceDays, creditExpiresOn, balance, renewsFromBalance) => {
          const line: KeepAliveLine = {
            ...giffgaff,
            price: usd(1000),
            nextDue,
            graceDays,
            activity: { every: 6, unit: 'months', counts: ['sms'], since },
            balance: {
              amount: usd(balance),
              asOf: d('2026-01-01'),
              renewsFromBalance,
              ...(creditExpiresOn ? { creditExpiresOn } : {}),
            },
          };
          const steps = keepAliveSteps(line);
          const lost = numberLost(line);
          expect(lost).toBeDefined();
          for (const step of steps) {
            expect(compareDates(lost?.lostOn ?? step.lostOn, step.lostOn)).toBeLessThanOrEqual(0);
            expect(compareDates(step.by, step.lostOn)).toBe(-1);
          }
          expect(steps).toContainEqual(lost);
        },
      ),
    );
  });
});

describe('dueOn', () => {
  it('is the stored due date for a line paid directly', () => {
    expect(dueOn(mint, d('2027-03-01'))).toBe('2026-12-10');
  });

  it('moves on with each renewal a balance pays, and stops at the first it cannot', () => {
    const tello: KeepAliveLine = {
      ...mint,
      balance: { amount: usd(1000), asOf: d('2026-12-01'), renewsFromBalance: true },
    };
    expect(dueOn(tello, d('2026-12-05'))).toBe('2026-12-10');
    expect(dueOn(tello, d('2026-12-11'))).toBe('2027-01-10');
    // $10 pays the $5 renewals of Dec 10 and Jan 10, not the one of Feb 10.
    expect(dueOn(tello, d('2027-03-01'))).toBe('2027-02-10');
  });
});
