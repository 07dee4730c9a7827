import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysInMonth, toParts, type PlainDate } from './plain-date';
import { LIMITS } from './limits';
import {
  advance,
  anchorDayFor,
  upcomingDueDates,
  validateRule,
  type RenewalRule,
} from './renewal-rule';
import { d } from './dates.fixture';

const arbitraryPlainDate = fc
  .integer({ min: 0, max: 100 * 365 })
  .map((offset) => addDays(d('2000-01-01'), offset));

const monthly = (every: number, anchorDay: number): RenewalRule => ({
  kind: 'monthly',
  every,
  anchorDay,
});

/** Each due date computed from the one before, as a line renewed on time would get them. */
function chain(rule: RenewalRule, start: PlainDate, length: number): PlainDate[] {
  const dates = [start];
  for (let i = 1; i < length; i++) dates.push(advance(rule, dates[i - 1] ?? start, 1));
  return dates;
}

describe('monthly rules', () => {
  it('keep a month-end anchor across several years, with Feb 29 in 2028', () => {
    const dates = chain(monthly(1, 31), d('2026-01-31'), 38);
    expect(dates.filter((date) => date.slice(5, 7) === '02')).toEqual([
      '2026-02-28',
      '2027-02-28',
      '2028-02-29',
      '2029-02-28',
    ]);
    expect(dates.slice(0, 6)).toEqual([
      '2026-01-31',
      '2026-02-28',
      '2026-03-31',
      '2026-04-30',
      '2026-05-31',
      '2026-06-30',
    ]);
    expect(dates.slice(24, 28)).toEqual(['2028-01-31', '2028-02-29', '2028-03-31', '2028-04-30']);
    expect(dates.at(-1)).toBe('2029-02-28');
  });

  it.each([
    [29, '2026-02-28', '2026-03-29', '2028-02-29'],
    [30, '2026-02-28', '2026-03-30', '2028-02-29'],
    [31, '2026-02-28', '2026-03-31', '2028-02-29'],
  ])(
    'with anchor %i fall on %s in February and return to the anchor in March',
    (anchor, february, march, leapFebruary) => {
      const rule = monthly(1, anchor);
      expect(advance(rule, d('2026-01-28'), 1)).toBe(february);
      expect(advance(rule, d(february), 1)).toBe(march);
      expect(advance(rule, d('2028-01-28'), 1)).toBe(leapFebruary);
    },
  );

  it('run yearly from Feb 29 to Feb 28 and back to Feb 29 in the next leap year', () => {
    expect(chain(monthly(12, 29), d('2028-02-29'), 6)).toEqual([
      '2028-02-29',
      '2029-02-28',
      '2030-02-28',
      '2031-02-28',
      '2032-02-29',
      '2033-02-28',
    ]);
  });

  it('pay several periods across a year end', () => {
    expect(advance(monthly(1, 30), d('2026-11-30'), 3)).toBe('2027-02-28');
    expect(advance(monthly(1, 30), d('2027-11-30'), 3)).toBe('2028-02-29');
    expect(advance(monthly(3, 15), d('2026-11-15'), 2)).toBe('2027-05-15');
  });

  it('always fall on the anchor or the last day of a shorter month', () => {
    fc.assert(
      fc.property(
        arbitraryPlainDate,
        fc.integer({ min: 1, max: 31 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 40 }),
        (start, anchor, every, periods) => {
          const { year, month, day } = toParts(advance(monthly(every, anchor), start, periods));
          expect(day).toBe(Math.min(anchor, daysInMonth(year, month)));
        },
      ),
    );
  });
});

describe('day rules', () => {
  it.each([
    [28, '2026-01-01', ['2026-01-01', '2026-01-29', '2026-02-26', '2026-03-26']],
    [30, '2026-01-31', ['2026-01-31', '2026-03-02', '2026-04-01', '2026-05-01']],
    [90, '2027-12-01', ['2027-12-01', '2028-02-29', '2028-05-29', '2028-08-27']],
  ])('every %i days count from the previous due date', (every, start, expected) => {
    expect(chain({ kind: 'days', every }, d(start), 4)).toEqual(expected);
  });

  it('multiply the cycle by the periods paid', () => {
    expect(advance({ kind: 'days', every: 30 }, d('2026-12-15'), 3)).toBe('2027-03-15');
  });
});

describe('validity rules', () => {
  it('advance by their days per period', () => {
    expect(advance({ kind: 'validity', days: 90, stack: false }, d('2026-01-01'), 2)).toBe(
      '2026-06-30',
    );
  });
});

describe('advance', () => {
  it('stays put for zero periods', () => {
    expect(advance(monthly(1, 31), d('2026-02-10'), 0)).toBe('2026-02-10');
  });

  it.each([-1, 1.5])('throws for %s periods', (periods) => {
    expect(() => advance({ kind: 'days', every: 30 }, d('2026-01-01'), periods)).toThrow(
      new RangeError(`Not a number of periods: ${periods}`),
    );
  });

  it('paying N periods at once equals paying one period N times', () => {
    const rule = fc.oneof(
      fc
        .record({
          every: fc.integer({ min: 1, max: 12 }),
          anchorDay: fc.integer({ min: 1, max: 31 }),
        })
        .map(({ every, anchorDay }) => monthly(every, anchorDay)),
      fc.integer({ min: 1, max: 120 }).map((every): RenewalRule => ({ kind: 'days', every })),
    );
    fc.assert(
      fc.property(rule, arbitraryPlainDate, fc.integer({ min: 1, max: 24 }), (r, start, n) => {
        expect(chain(r, start, n + 1).at(-1)).toBe(advance(r, start, n));
      }),
    );
  });
});

describe('upcomingDueDates', () => {
  it('starts with the next due date and steps one period at a time', () => {
    expect(upcomingDueDates(monthly(1, 31), d('2026-01-31'), 3)).toEqual([
      '2026-01-31',
      '2026-02-28',
      '2026-03-31',
    ]);
    expect(upcomingDueDates({ kind: 'days', every: 28 }, d('2026-01-01'), 2)).toEqual([
      '2026-01-01',
      '2026-01-29',
    ]);
    expect(
      upcomingDueDates({ kind: 'validity', days: 30, stack: false }, d('2026-01-01'), 2),
    ).toEqual(['2026-01-01', '2026-01-31']);
  });

  it('gives nothing for a count of zero or less', () => {
    expect(upcomingDueDates(monthly(1, 1), d('2026-01-01'), 0)).toEqual([]);
    expect(upcomingDueDates(monthly(1, 1), d('2026-01-01'), -2)).toEqual([]);
  });
});

describe('validateRule', () => {
  it('accepts usual plans', () => {
    expect(validateRule(monthly(1, 31))).toEqual([]);
    expect(validateRule(monthly(12, 29))).toEqual([]);
    expect(validateRule(monthly(LIMITS.everyMonthsMax, 1))).toEqual([]);
    expect(validateRule({ kind: 'days', every: 28 })).toEqual([]);
    expect(validateRule({ kind: 'days', every: LIMITS.everyDaysMax })).toEqual([]);
    expect(validateRule({ kind: 'days', every: 1 })).toEqual([]);
    expect(validateRule({ kind: 'validity', days: 365, stack: true })).toEqual([]);
  });

  it('names the field, the problem and the bounds', () => {
    expect(validateRule(monthly(0, 32))).toEqual([
      { field: 'every', problem: 'too-small', min: 1, max: 120 },
      { field: 'anchorDay', problem: 'too-large', min: 1, max: 31 },
    ]);
    expect(validateRule(monthly(121, 0))).toEqual([
      { field: 'every', problem: 'too-large', min: 1, max: 120 },
      { field: 'anchorDay', problem: 'too-small', min: 1, max: 31 },
    ]);
    expect(validateRule(monthly(1.5, 31))).toEqual([
      { field: 'every', problem: 'not-integer', min: 1, max: 120 },
    ]);
    expect(validateRule(monthly(1, Number.NaN))).toEqual([
      { field: 'anchorDay', problem: 'not-integer', min: 1, max: 31 },
    ]);
    expect(validateRule({ kind: 'days', every: 3661 })).toEqual([
      { field: 'every', problem: 'too-large', min: 1, max: 3660 },
    ]);
    expect(validateRule({ kind: 'days', every: 0 })).toEqual([
      { field: 'every', problem: 'too-small', min: 1, max: 3660 },
    ]);
    expect(validateRule({ kind: 'validity', days: -1, stack: false })).toEqual([
      { field: 'days', problem: 'too-small', min: 1, max: 3660 },
    ]);
    expect(validateRule({ kind: 'validity', days: 3661, stack: false })).toEqual([
      { field: 'days', problem: 'too-large', min: 1, max: 3660 },
    ]);
  });
});

describe('anchorDayFor', () => {
  const stored = { rule: monthly(1, 31), nextDue: d('2027-02-28') };

  it('keeps the stored anchor while the due date is left as it was stored', () => {
    expect(anchorDayFor(d('2027-02-28'), stored)).toBe(31);
  });

  it('takes the day of a due date that was changed, or of a new line', () => {
    expect(anchorDayFor(d('2027-03-15'), stored)).toBe(15);
    expect(anchorDayFor(d('2027-02-28'))).toBe(28);
  });

  it('takes the day of the due date when the stored rule was not monthly', () => {
    expect(
      anchorDayFor(d('2027-02-28'), {
        rule: { kind: 'days', every: 30 },
        nextDue: d('2027-02-28'),
      }),
    ).toBe(28);
  });

  it('lands the next due date on the stored anchor when the due date is untouched', () => {
    fc.assert(
      fc.property(
        arbitraryPlainDate,
        fc.integer({ min: 1, max: LIMITS.anchorDayMax }),
        fc.integer({ min: 1, max: 12 }),
        (start, anchorDay, every) => {
          // A line as it is stored: due on a date its own rule reached.
          const nextDue = advance(monthly(every, anchorDay), start, 1);
          const kept = anchorDayFor(nextDue, { rule: monthly(every, anchorDay), nextDue });
          expect(kept).toBe(anchorDay);
          const { day, month, year } = toParts(advance(monthly(every, kept), nextDue, 1));
          expect(day).toBe(Math.min(anchorDay, daysInMonth(year, month)));
        },
      ),
    );
  });

  it('follows the day of any other due date typed', () => {
    fc.assert(
      fc.property(
        arbitraryPlainDate,
        arbitraryPlainDate,
        fc.integer({ min: 1, max: 31 }),
        (typed, storedDue, anchorDay) => {
          fc.pre(typed !== storedDue);
          expect(anchorDayFor(typed, { rule: monthly(1, anchorDay), nextDue: storedDue })).toBe(
            toParts(typed).day,
          );
        },
      ),
    );
  });
});
