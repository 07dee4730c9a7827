import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LIMITS } from './limits';
import {
  activityDue,
  activityEveryMax,
  activityDueAfter,
  lastQualifyingDay,
  USE_KINDS,
  type ActivityRule,
  type LoggedUse,
} from './activity-rule';
import { addDays, compareDates, daysBetween, daysInMonth, toParts } from './plain-date';
import { d } from './dates.fixture';

const sixMonths: ActivityRule = {
  every: 6,
  unit: 'months',
  counts: ['call', 'sms', 'data', 'top-up'],
  since: d('2026-01-10'),
};

const arbitraryDate = fc
  .integer({ min: 0, max: 200 * 365 })
  .map((offset) => addDays(d('1950-01-01'), offset));

describe('activityDueAfter', () => {
  it('adds calendar months on the same day, clamped at the month end, leap years included', () => {
    expect(activityDueAfter(sixMonths, d('2026-08-31'))).toBe('2027-02-28');
    expect(activityDueAfter(sixMonths, d('2027-08-31'))).toBe('2028-02-29');
    expect(activityDueAfter({ every: 12, unit: 'months' }, d('2028-02-29'))).toBe('2029-02-28');
    expect(activityDueAfter({ every: 1, unit: 'months' }, d('2027-01-31'))).toBe('2027-02-28');
  });

  it('adds whole days for a rule in days', () => {
    expect(activityDueAfter({ every: 180, unit: 'days' }, d('2026-12-05'))).toBe('2027-06-03');
  });

  it('lands N months later, on the same day or the last day of a shorter month', () => {
    fc.assert(
      fc.property(arbitraryDate, fc.integer({ min: 1, max: 24 }), (from, every) => {
        const due = toParts(activityDueAfter({ every, unit: 'months' }, from));
        const start = toParts(from);
        expect((due.year - start.year) * 12 + due.month - start.month).toBe(every);
        expect(due.day).toBe(Math.min(start.day, daysInMonth(due.year, due.month)));
      }),
    );
  });

  it('is exactly N days later for a rule in days', () => {
    fc.assert(
      fc.property(arbitraryDate, fc.integer({ min: 1, max: 1000 }), (from, every) => {
        expect(daysBetween(from, activityDueAfter({ every, unit: 'days' }, from))).toBe(every);
      }),
    );
  });
});

describe('lastQualifyingDay and activityDue', () => {
  const uses: LoggedUse[] = [
    { usedOn: d('2026-03-01'), kind: 'sms' },
    { usedOn: d('2026-05-20'), kind: 'data' },
  ];

  it('counts from the newest use of a kind the rule counts', () => {
    expect(activityDueAfter(sixMonths, lastQualifyingDay(sixMonths, uses, []))).toBe('2026-11-20');
  });

  it('ignores uses of kinds the rule does not count', () => {
    const smsOnly: ActivityRule = { ...sixMonths, counts: ['sms'] };
    expect(lastQualifyingDay(smsOnly, uses, [])).toBe('2026-03-01');
  });

  it('counts a top-up only when the rule lists top-ups', () => {
    const topUps = [d('2026-07-04')];
    expect(lastQualifyingDay(sixMonths, uses, topUps)).toBe('2026-07-04');
    expect(lastQualifyingDay({ ...sixMonths, counts: ['call', 'sms'] }, uses, topUps)).toBe(
      '2026-03-01',
    );
  });

  it('counts from the day the rule was set until something qualifies', () => {
    expect(activityDue(sixMonths, undefined)).toBe('2026-07-10');
    expect(activityDue(sixMonths, lastQualifyingDay(sixMonths, [], []))).toBe('2026-07-10');
    // A use older than the rule does not pull the clock back.
    expect(lastQualifyingDay(sixMonths, [{ usedOn: d('2025-12-01'), kind: 'call' }], [])).toBe(
      '2026-01-10',
    );
  });

  it('is never before the day the rule was set, and equals one of the days it was given', () => {
    const use = fc.record({
      usedOn: arbitraryDate,
      kind: fc.constantFrom(...USE_KINDS),
    });
    fc.assert(
      fc.property(
        fc.array(use, { maxLength: 8 }),
        fc.array(arbitraryDate, { maxLength: 4 }),
        fc.subarray(['call', 'sms', 'data', 'top-up'] as const),
        (logged, topUps, counts) => {
          const rule = { ...sixMonths, counts };
          const last = lastQualifyingDay(rule, logged, topUps);
          expect(compareDates(last, rule.since)).toBeGreaterThanOrEqual(0);
          const candidates = [
            rule.since,
            ...logged.filter((u) => counts.includes(u.kind)).map((u) => u.usedOn),
            ...(counts.includes('top-up') ? topUps : []),
          ];
          expect(candidates).toContain(last);
          for (const day of candidates) expect(compareDates(day, last)).toBeLessThanOrEqual(0);
        },
      ),
    );
  });
});

describe('activityEveryMax', () => {
  it('is the limit of the rule’s own unit', () => {
    expect(activityEveryMax('days')).toBe(LIMITS.activityDaysMax);
    expect(activityEveryMax('months')).toBe(LIMITS.activityMonthsMax);
  });
});
