import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, compareDates } from './plain-date';
import type { RenewalRule } from './renewal-rule';
import {
  applyTopUp,
  defaultLateMode,
  effectiveLateMode,
  latestTopUp,
  mayMoveLineBack,
  revertTopUp,
  type Schedule,
} from './top-up';
import { d } from './dates.fixture';

const monthly31: RenewalRule = { kind: 'monthly', every: 1, anchorDay: 31 };
const days30: RenewalRule = { kind: 'days', every: 30 };
const validity90: RenewalRule = { kind: 'validity', days: 90, stack: false };
const validity90Stacked: RenewalRule = { kind: 'validity', days: 90, stack: true };

const schedule = (rule: RenewalRule, nextDue: string, extra: Partial<Schedule> = {}): Schedule => ({
  rule,
  nextDue: d(nextDue),
  billing: 'prepaid',
  ...extra,
});

const pay = (paidOn: string, periods = 1) => ({ paidOn: d(paidOn), periods });

describe('late mode', () => {
  it('defaults to restart for prepaid and keep for postpaid', () => {
    expect(defaultLateMode('prepaid')).toBe('restart');
    expect(defaultLateMode('postpaid')).toBe('keep');
  });

  it('follows the billing unless the line sets its own', () => {
    expect(effectiveLateMode(schedule(days30, '2026-01-01'))).toBe('restart');
    expect(effectiveLateMode(schedule(days30, '2026-01-01', { billing: 'postpaid' }))).toBe('keep');
    expect(effectiveLateMode(schedule(days30, '2026-01-01', { lateMode: 'keep' }))).toBe('keep');
    expect(
      effectiveLateMode(
        schedule(days30, '2026-01-01', { billing: 'postpaid', lateMode: 'restart' }),
      ),
    ).toBe('restart');
  });
});

describe('applyTopUp on a monthly line', () => {
  it('advances an early payment from the due date and records before and after', () => {
    const line = schedule(monthly31, '2026-01-31');
    const { schedule: after, record } = applyTopUp(line, pay('2026-01-20'));
    expect(after).toEqual({ ...line, nextDue: '2026-02-28' });
    expect(record).toEqual({ dueBefore: '2026-01-31', dueAfter: '2026-02-28' });
  });

  it('advances a payment on the due date from the due date', () => {
    const line = schedule(monthly31, '2026-02-28');
    expect(applyTopUp(line, pay('2026-02-28')).schedule.nextDue).toBe('2026-03-31');
  });

  it('pays several periods across a year end', () => {
    const line = schedule({ kind: 'monthly', every: 1, anchorDay: 30 }, '2026-11-30');
    expect(applyTopUp(line, pay('2026-11-28', 3)).schedule.nextDue).toBe('2027-02-28');
    const leap = schedule({ kind: 'monthly', every: 1, anchorDay: 30 }, '2027-11-30');
    expect(applyTopUp(leap, pay('2027-11-28', 3)).schedule.nextDue).toBe('2028-02-29');
  });

  it('keeps the schedule of a late payment when the line keeps it', () => {
    const line = schedule(monthly31, '2026-01-31', { lateMode: 'keep' });
    const { schedule: after, record } = applyTopUp(line, pay('2026-02-05'));
    expect(after).toEqual({ ...line, nextDue: '2026-02-28' });
    expect(record).toEqual({ dueBefore: '2026-01-31', dueAfter: '2026-02-28' });
  });

  it('restarts a late payment on the payment day and records the old rule', () => {
    const line = schedule(monthly31, '2026-01-31', { lateMode: 'restart' });
    const { schedule: after, record } = applyTopUp(line, pay('2026-02-05'));
    expect(after).toEqual({
      ...line,
      rule: { kind: 'monthly', every: 1, anchorDay: 5 },
      nextDue: '2026-03-05',
    });
    expect(record).toEqual({
      dueBefore: '2026-01-31',
      dueAfter: '2026-03-05',
      ruleBefore: monthly31,
    });
  });

  it('restarts a prepaid line by default and keeps a postpaid one', () => {
    expect(applyTopUp(schedule(monthly31, '2026-01-31'), pay('2026-02-05')).schedule.nextDue).toBe(
      '2026-03-05',
    );
    const postpaid = schedule(monthly31, '2026-01-31', { billing: 'postpaid' });
    expect(applyTopUp(postpaid, pay('2026-02-05')).schedule.nextDue).toBe('2026-02-28');
  });

  it('records no rule when a restart falls on the anchor day itself', () => {
    const line = schedule({ kind: 'monthly', every: 1, anchorDay: 10 }, '2026-03-10');
    const { schedule: after, record } = applyTopUp(line, pay('2026-04-10'));
    expect(after.rule).toBe(line.rule);
    expect(after.nextDue).toBe('2026-05-10');
    expect(record).not.toHaveProperty('ruleBefore');
  });

  it('restarts a payment one day late', () => {
    const line = schedule({ kind: 'monthly', every: 3, anchorDay: 15 }, '2026-01-15');
    expect(applyTopUp(line, pay('2026-01-16', 2)).schedule).toEqual({
      ...line,
      rule: { kind: 'monthly', every: 3, anchorDay: 16 },
      nextDue: '2026-07-16',
    });
  });
});

describe('applyTopUp on a day-cycle line', () => {
  it.each([
    [28, '2026-01-29'],
    [30, '2026-01-31'],
    [90, '2026-04-01'],
  ])('advances an on-time %i-day cycle from the due date', (every, next) => {
    const line = schedule({ kind: 'days', every }, '2026-01-01');
    expect(applyTopUp(line, pay('2025-12-30')).schedule.nextDue).toBe(next);
  });

  it('keeps the cycle of a late payment when the line keeps it', () => {
    const line = schedule(days30, '2026-01-01', { lateMode: 'keep' });
    expect(applyTopUp(line, pay('2026-01-10')).schedule.nextDue).toBe('2026-01-31');
  });

  it('restarts a late payment from the payment day without touching the rule', () => {
    const line = schedule(days30, '2026-01-01', { lateMode: 'restart' });
    const { schedule: after, record } = applyTopUp(line, pay('2026-01-10', 2));
    expect(after.nextDue).toBe('2026-03-11');
    expect(after.rule).toBe(days30);
    expect(record).toEqual({ dueBefore: '2026-01-01', dueAfter: '2026-03-11' });
  });
});

describe('applyTopUp on a validity line', () => {
  it('counts from the payment day when it does not stack', () => {
    const line = schedule(validity90, '2026-03-01');
    expect(applyTopUp(line, pay('2026-02-20')).schedule.nextDue).toBe('2026-05-21');
    expect(applyTopUp(line, pay('2026-03-10')).schedule.nextDue).toBe('2026-06-08');
  });

  it('stacks an early or on-time payment on the current expiry', () => {
    const line = schedule(validity90Stacked, '2026-03-01');
    expect(applyTopUp(line, pay('2026-02-20')).schedule.nextDue).toBe('2026-05-30');
    expect(applyTopUp(line, pay('2026-03-01')).schedule.nextDue).toBe('2026-05-30');
    expect(applyTopUp(line, pay('2026-02-20', 2)).schedule.nextDue).toBe('2026-08-28');
  });

  it('counts a late payment from the payment day even when it stacks', () => {
    const line = schedule(validity90Stacked, '2026-03-01');
    expect(applyTopUp(line, pay('2026-03-02')).schedule.nextDue).toBe('2026-05-31');
  });

  it('ignores the late mode', () => {
    const kept = schedule(validity90, '2026-03-01', { lateMode: 'keep' });
    expect(applyTopUp(kept, pay('2026-03-10')).schedule.nextDue).toBe('2026-06-08');
  });

  it('never shortens the time a line already has', () => {
    const line = schedule({ kind: 'validity', days: 30, stack: false }, '2026-06-30');
    const { schedule: after, record } = applyTopUp(line, pay('2026-05-01'));
    expect(after.nextDue).toBe('2026-06-30');
    expect(record).toEqual({ dueBefore: '2026-06-30', dueAfter: '2026-06-30' });
  });
});

describe('applyTopUp refuses', () => {
  it.each([0, -1, 1.5])('a payment of %s periods', (periods) => {
    expect(() => applyTopUp(schedule(days30, '2026-01-01'), pay('2026-01-01', periods))).toThrow(
      new RangeError(`A top-up pays for at least one whole period, not ${periods}`),
    );
  });
});

describe('revertTopUp', () => {
  it.each<[string, Schedule, string]>([
    ['an early monthly payment', schedule(monthly31, '2026-01-31'), '2026-01-20'],
    [
      'a kept late monthly payment',
      schedule(monthly31, '2026-01-31', { lateMode: 'keep' }),
      '2026-02-05',
    ],
    ['a restarted late monthly payment', schedule(monthly31, '2026-01-31'), '2026-02-05'],
    ['a day-cycle payment', schedule(days30, '2026-01-01'), '2026-01-01'],
    ['a restarted day-cycle payment', schedule(days30, '2026-01-01'), '2026-01-09'],
    ['a validity payment', schedule(validity90, '2026-03-01'), '2026-03-10'],
    ['a stacked validity payment', schedule(validity90Stacked, '2026-03-01'), '2026-02-10'],
  ])('puts the line back after %s', (_, line, paidOn) => {
    const { schedule: after, record } = applyTopUp(line, pay(paidOn, 2));
    expect(revertTopUp(after, record)).toEqual(line);
  });
});

const arbitraryDate = fc
  .integer({ min: 0, max: 40 * 365 })
  .map((offset) => addDays(d('2000-01-01'), offset));

const arbitraryRule: fc.Arbitrary<RenewalRule> = fc.oneof(
  fc
    .record({ every: fc.integer({ min: 1, max: 12 }), anchorDay: fc.integer({ min: 1, max: 31 }) })
    .map(({ every, anchorDay }) => ({ kind: 'monthly' as const, every, anchorDay })),
  fc.integer({ min: 1, max: 400 }).map((every) => ({ kind: 'days' as const, every })),
  fc
    .record({ days: fc.integer({ min: 1, max: 400 }), stack: fc.boolean() })
    .map(({ days, stack }) => ({ kind: 'validity' as const, days, stack })),
);

const arbitrarySchedule: fc.Arbitrary<Schedule> = fc.record(
  {
    rule: arbitraryRule,
    nextDue: arbitraryDate,
    billing: fc.constantFrom('prepaid' as const, 'postpaid' as const),
    lateMode: fc.constantFrom('keep' as const, 'restart' as const),
  },
  { requiredKeys: ['rule', 'nextDue', 'billing'] },
);

/** A line's payments, each as days from the due date then (early or late) and periods paid. */
const arbitraryPayments = fc.array(
  fc.tuple(fc.integer({ min: -60, max: 60 }), fc.integer({ min: 1, max: 3 })),
  { minLength: 1, maxLength: 8 },
);

describe('top-up properties', () => {
  it('reverting the latest top-up restores the line exactly', () => {
    fc.assert(
      fc.property(
        arbitrarySchedule,
        fc.integer({ min: -400, max: 400 }),
        fc.integer({ min: 1, max: 12 }),
        (line, offset, periods) => {
          const { schedule: after, record } = applyTopUp(line, {
            paidOn: addDays(line.nextDue, offset),
            periods,
          });
          expect(revertTopUp(after, record)).toEqual(line);
        },
      ),
    );
  });

  it('reverting top-ups latest first walks a line back through its history', () => {
    fc.assert(
      fc.property(arbitrarySchedule, arbitraryPayments, (line, payments) => {
        const history = [line];
        const records = payments.map(([offset, periods]) => {
          const current = history.at(-1) ?? line;
          const outcome = applyTopUp(current, {
            paidOn: addDays(current.nextDue, offset),
            periods,
          });
          history.push(outcome.schedule);
          return outcome.record;
        });
        let current = history.at(-1) ?? line;
        for (let i = records.length - 1; i >= 0; i--) {
          const record = records[i];
          if (record) current = revertTopUp(current, record);
          expect(current).toEqual(history[i]);
        }
      }),
    );
  });

  it('due dates strictly increase with each on-time top-up of a cycle or a stacked validity', () => {
    const cycling = arbitrarySchedule.filter(({ rule }) => rule.kind !== 'validity' || rule.stack);
    fc.assert(
      fc.property(
        cycling,
        fc.array(fc.tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 1, max: 3 })), {
          minLength: 1,
          maxLength: 10,
        }),
        (line, payments) => {
          let current = line;
          for (const [early, periods] of payments) {
            const { schedule: next } = applyTopUp(current, {
              paidOn: addDays(current.nextDue, -early),
              periods,
            });
            expect(compareDates(next.nextDue, current.nextDue)).toBe(1);
            current = next;
          }
        },
      ),
    );
  });

  it('a top-up never moves the due date back', () => {
    fc.assert(
      fc.property(
        arbitrarySchedule,
        fc.integer({ min: -400, max: 400 }),
        fc.integer({ min: 1, max: 5 }),
        (line, offset, periods) => {
          const { schedule: next } = applyTopUp(line, {
            paidOn: addDays(line.nextDue, offset),
            periods,
          });
          expect(compareDates(next.nextDue, line.nextDue)).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });

  it('N single-period on-time top-ups equal one N-period top-up for monthly and day cycles', () => {
    const cycling = arbitrarySchedule.filter(({ rule }) => rule.kind !== 'validity');
    fc.assert(
      fc.property(
        cycling,
        fc.integer({ min: 1, max: 24 }),
        fc.integer({ min: 0, max: 20 }),
        (line, n, early) => {
          const paidOn = addDays(line.nextDue, -early);
          let single = line;
          for (let i = 0; i < n; i++) single = applyTopUp(single, { paidOn, periods: 1 }).schedule;
          expect(single).toEqual(applyTopUp(line, { paidOn, periods: n }).schedule);
        },
      ),
    );
  });
});

describe('which top-up may move its line back', () => {
  const first = { id: 'first', createdAt: 1, dueAfter: d('2027-02-28') };
  const second = { id: 'second', createdAt: 2, dueAfter: d('2027-03-31') };

  it('is the latest, found by when it was logged, not by where it is stored', () => {
    expect(latestTopUp([second, first])).toBe(second);
    expect(latestTopUp([])).toBeUndefined();
  });

  it('is only the latest top-up, while the line is where it left it', () => {
    const line = { nextDue: d('2027-03-31') };
    expect(mayMoveLineBack(line, second, [first, second])).toBe(true);
    expect(mayMoveLineBack(line, first, [first, second])).toBe(false);
  });

  it('is none once the due date was changed by hand', () => {
    expect(mayMoveLineBack({ nextDue: d('2027-04-15') }, second, [first, second])).toBe(false);
  });

  it('walks a line back through its history one latest top-up at a time, and no other', () => {
    fc.assert(
      fc.property(arbitrarySchedule, arbitraryPayments, (start, payments) => {
        let line = start;
        const logged = payments.map(([offset, periods], index) => {
          const outcome = applyTopUp(line, { paidOn: addDays(line.nextDue, offset), periods });
          line = outcome.schedule;
          return { ...outcome.record, id: `t${index}`, createdAt: index };
        });
        // Stored in any order: the newest first, as a list shows them.
        const stored = [...logged].reverse();
        while (stored.length > 0) {
          const movable = stored.filter((topUp) => mayMoveLineBack(line, topUp, stored));
          expect(movable).toEqual([logged[stored.length - 1]]);
          const [undone] = stored.splice(0, 1);
          if (undone) line = revertTopUp(line, undone);
        }
        expect(line).toEqual(start);
      }),
    );
  });

  it('lets none move a line whose due date was changed by hand since', () => {
    fc.assert(
      fc.property(arbitrarySchedule, fc.integer({ min: 1, max: 400 }), (start, shift) => {
        const { schedule, record } = applyTopUp(start, { paidOn: start.nextDue, periods: 1 });
        const topUp = { ...record, id: 'only', createdAt: 1 };
        const moved = { ...schedule, nextDue: addDays(schedule.nextDue, shift) };
        expect(mayMoveLineBack(moved, topUp, [topUp])).toBe(false);
      }),
    );
  });
});
