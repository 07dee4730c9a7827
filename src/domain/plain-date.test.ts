import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  compareDates,
  daysBetween,
  daysInMonth,
  isLeapYear,
  isPlainDate,
  isValidDateParts,
  parsePlainDate,
  plainDate,
  toParts,
} from './plain-date';
import { d } from './dates.fixture';

/** Any date from 1900 to 2200, the span a phone plan can live in, plus margin. */
const arbitraryPlainDate = fc
  .integer({ min: 0, max: 300 * 366 })
  .map((offset) => addDays(d('1900-01-01'), offset))
  .filter((date) => date <= '2200-12-31');

describe('isLeapYear', () => {
  it('follows the Gregorian rule of 4, 100 and 400', () => {
    expect(isLeapYear(2024)).toBe(true);
    expect(isLeapYear(2028)).toBe(true);
    expect(isLeapYear(2026)).toBe(false);
    expect(isLeapYear(1900)).toBe(false);
    expect(isLeapYear(2100)).toBe(false);
    expect(isLeapYear(2000)).toBe(true);
    expect(isLeapYear(2400)).toBe(true);
  });
});

describe('daysInMonth', () => {
  it('knows every month of a common and a leap year', () => {
    const common = Array.from({ length: 12 }, (_, i) => daysInMonth(2026, i + 1));
    const leap = Array.from({ length: 12 }, (_, i) => daysInMonth(2028, i + 1));
    expect(common).toEqual([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
    expect(leap).toEqual([31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
  });
});

describe('parsePlainDate', () => {
  it('accepts real calendar dates, leap days included', () => {
    expect(parsePlainDate('2026-01-31')).toBe('2026-01-31');
    expect(parsePlainDate('2028-02-29')).toBe('2028-02-29');
    expect(parsePlainDate('2000-02-29')).toBe('2000-02-29');
    expect(parsePlainDate('2026-12-31')).toBe('2026-12-31');
    expect(parsePlainDate('0001-01-01')).toBe('0001-01-01');
    expect(parsePlainDate('9999-12-31')).toBe('9999-12-31');
  });

  it.each([
    ['2027-02-29', 'a leap day in a common year'],
    ['2100-02-29', 'a leap day in a century year'],
    ['2026-13-01', 'month 13'],
    ['2026-00-10', 'month 0'],
    ['2026-04-31', 'April 31'],
    ['2026-06-31', 'June 31'],
    ['2026-01-00', 'day 0'],
    ['2026-01-32', 'day 32'],
    ['0000-01-01', 'year 0'],
    ['2026-1-05', 'a one-digit month'],
    ['2026-01-5', 'a one-digit day'],
    ['26-01-05', 'a two-digit year'],
    ['2026/01/05', 'slashes'],
    ['2026-01-05T00:00', 'a time'],
    [' 2026-01-05', 'a leading space'],
    ['2026-01-05 ', 'a trailing space'],
    ['x2026-01-05', 'a leading letter'],
    ['2026-01-012026-01-01', 'two dates run together'],
    ['2026-01-05x', 'a trailing letter'],
    ['', 'nothing'],
  ])('refuses %s (%s)', (text) => {
    expect(parsePlainDate(text)).toBeNull();
  });
});

describe('isPlainDate', () => {
  it('is true only for strings holding a calendar date', () => {
    expect(isPlainDate('2026-05-01')).toBe(true);
    expect(isPlainDate('2026-02-30')).toBe(false);
    expect(isPlainDate(20260501)).toBe(false);
    expect(isPlainDate(null)).toBe(false);
    expect(isPlainDate({ toString: () => '2026-05-01' })).toBe(false);
  });
});

describe('plainDate', () => {
  it('builds a zero-padded date from its parts', () => {
    expect(plainDate(2026, 3, 7)).toBe('2026-03-07');
    expect(plainDate(987, 11, 12)).toBe('0987-11-12');
  });

  it.each([
    [2027, 2, 29],
    [2026, 13, 1],
    [2026, 0, 1],
    [2026, 4, 31],
    [2026, 1, 0],
    [0, 1, 1],
    [10000, 1, 1],
    [2026.5, 1, 1],
    [2026, 1.5, 1],
    [2026, 1, 1.5],
  ])('throws for %i-%i-%i', (year, month, day) => {
    expect(() => plainDate(year, month, day)).toThrow(
      new RangeError(`Not a calendar date: ${year}-${month}-${day}`),
    );
  });
});

describe('isValidDateParts', () => {
  it('bounds the year to four digits', () => {
    expect(isValidDateParts(1, 1, 1)).toBe(true);
    expect(isValidDateParts(9999, 12, 31)).toBe(true);
    expect(isValidDateParts(0, 12, 31)).toBe(false);
    expect(isValidDateParts(10000, 1, 1)).toBe(false);
  });
});

describe('toParts', () => {
  it('reads year, month and day as numbers', () => {
    expect(toParts(d('2028-02-29'))).toEqual({ year: 2028, month: 2, day: 29 });
    expect(toParts(d('0099-10-01'))).toEqual({ year: 99, month: 10, day: 1 });
  });
});

describe('addDays', () => {
  it('crosses month, year and leap-day boundaries', () => {
    expect(addDays(d('2026-01-31'), 1)).toBe('2026-02-01');
    expect(addDays(d('2026-12-31'), 1)).toBe('2027-01-01');
    expect(addDays(d('2028-02-28'), 1)).toBe('2028-02-29');
    expect(addDays(d('2027-02-28'), 1)).toBe('2027-03-01');
    expect(addDays(d('2026-03-01'), -1)).toBe('2026-02-28');
    expect(addDays(d('2026-01-01'), 365)).toBe('2027-01-01');
    expect(addDays(d('2026-05-10'), 0)).toBe('2026-05-10');
  });

  it('is not moved by daylight saving changes (US and EU spring and fall dates)', () => {
    expect(addDays(d('2026-03-07'), 1)).toBe('2026-03-08');
    expect(addDays(d('2026-03-08'), 1)).toBe('2026-03-09');
    expect(addDays(d('2026-03-29'), 1)).toBe('2026-03-30');
    expect(addDays(d('2026-10-25'), 1)).toBe('2026-10-26');
    expect(addDays(d('2026-11-01'), 1)).toBe('2026-11-02');
  });

  it('keeps years below 100 as written', () => {
    expect(addDays(d('0050-12-31'), 1)).toBe('0051-01-01');
  });

  it('throws for a fraction of a day', () => {
    expect(() => addDays(d('2026-01-01'), 0.5)).toThrow(
      new RangeError('Not a whole number of days: 0.5'),
    );
  });

  it('throws when the result leaves the four-digit years', () => {
    expect(() => addDays(d('9999-12-31'), 1)).toThrow(RangeError);
    expect(() => addDays(d('0001-01-01'), -1)).toThrow(RangeError);
  });

  it('agrees with counting days through UTC timestamps', () => {
    fc.assert(
      fc.property(arbitraryPlainDate, fc.integer({ min: -5000, max: 5000 }), (date, days) => {
        const { year, month, day } = toParts(date);
        const expected = new Date(Date.UTC(year, month - 1, day + days));
        expect(toParts(addDays(date, days))).toEqual({
          year: expected.getUTCFullYear(),
          month: expected.getUTCMonth() + 1,
          day: expected.getUTCDate(),
        });
      }),
    );
  });
});

describe('daysBetween', () => {
  it('counts whole days from the first date to the second', () => {
    expect(daysBetween(d('2026-01-01'), d('2026-01-31'))).toBe(30);
    expect(daysBetween(d('2026-01-31'), d('2026-01-01'))).toBe(-30);
    expect(daysBetween(d('2028-02-28'), d('2028-03-01'))).toBe(2);
    expect(daysBetween(d('2027-02-28'), d('2027-03-01'))).toBe(1);
    expect(daysBetween(d('2026-01-01'), d('2027-01-01'))).toBe(365);
    expect(daysBetween(d('2028-01-01'), d('2029-01-01'))).toBe(366);
    expect(daysBetween(d('2026-06-15'), d('2026-06-15'))).toBe(0);
  });

  it('undoes addDays', () => {
    fc.assert(
      fc.property(arbitraryPlainDate, fc.integer({ min: -20000, max: 20000 }), (date, days) => {
        expect(daysBetween(date, addDays(date, days))).toBe(days);
      }),
    );
  });

  it('is what addDays needs to reach the second date', () => {
    fc.assert(
      fc.property(arbitraryPlainDate, arbitraryPlainDate, (a, b) => {
        expect(addDays(a, daysBetween(a, b))).toBe(b);
      }),
    );
  });
});

describe('addMonths', () => {
  it('clamps the anchor to the end of short months and returns to it', () => {
    const jan31 = d('2026-01-31');
    const chain = Array.from({ length: 13 }, (_, i) => addMonths(jan31, i, 31));
    expect(chain).toEqual([
      '2026-01-31',
      '2026-02-28',
      '2026-03-31',
      '2026-04-30',
      '2026-05-31',
      '2026-06-30',
      '2026-07-31',
      '2026-08-31',
      '2026-09-30',
      '2026-10-31',
      '2026-11-30',
      '2026-12-31',
      '2027-01-31',
    ]);
  });

  it('uses the anchor, not the day of the given date', () => {
    expect(addMonths(d('2026-02-28'), 1, 31)).toBe('2026-03-31');
    expect(addMonths(d('2026-02-28'), 1, 30)).toBe('2026-03-30');
    expect(addMonths(d('2026-02-28'), 1)).toBe('2026-03-28');
  });

  it('gives February 29 only in leap years', () => {
    expect(addMonths(d('2027-12-30'), 2, 30)).toBe('2028-02-29');
    expect(addMonths(d('2026-12-29'), 2, 29)).toBe('2027-02-28');
    expect(addMonths(d('2028-01-29'), 1, 29)).toBe('2028-02-29');
  });

  it('moves across year ends both ways', () => {
    expect(addMonths(d('2026-11-30'), 3, 30)).toBe('2027-02-28');
    expect(addMonths(d('2027-11-30'), 3, 30)).toBe('2028-02-29');
    expect(addMonths(d('2026-12-15'), 1)).toBe('2027-01-15');
    expect(addMonths(d('2026-01-15'), -1)).toBe('2025-12-15');
    expect(addMonths(d('2026-03-31'), -1)).toBe('2026-02-28');
    expect(addMonths(d('2026-01-15'), -13)).toBe('2024-12-15');
    expect(addMonths(d('2026-01-15'), 24)).toBe('2028-01-15');
    expect(addMonths(d('2026-05-15'), 0)).toBe('2026-05-15');
  });

  it.each([0, 32, 1.5])('throws for anchor day %s', (anchor) => {
    expect(() => addMonths(d('2026-01-15'), 1, anchor)).toThrow(
      new RangeError(`Not a day of the month: ${anchor}`),
    );
  });

  it('accepts anchor days 1 and 31', () => {
    expect(addMonths(d('2026-01-15'), 1, 1)).toBe('2026-02-01');
    expect(addMonths(d('2026-03-15'), 1, 31)).toBe('2026-04-30');
  });

  it('throws for a fraction of a month', () => {
    expect(() => addMonths(d('2026-01-15'), 0.5, 15)).toThrow(
      new RangeError('Not a whole number of months: 0.5'),
    );
  });

  it('always lands on the anchor day or the last day of a shorter month', () => {
    fc.assert(
      fc.property(
        arbitraryPlainDate,
        fc.integer({ min: -600, max: 600 }),
        fc.integer({ min: 1, max: 31 }),
        (date, months, anchor) => {
          const { year, month } = toParts(date);
          const result = toParts(addMonths(date, months, anchor));
          expect(result.day).toBe(Math.min(anchor, daysInMonth(result.year, result.month)));
          expect(result.year * 12 + result.month - (year * 12 + month)).toBe(months);
        },
      ),
    );
  });
});

describe('compareDates', () => {
  it('orders dates in calendar order', () => {
    expect(compareDates(d('2026-01-31'), d('2026-02-01'))).toBe(-1);
    expect(compareDates(d('2026-02-01'), d('2026-01-31'))).toBe(1);
    expect(compareDates(d('2026-02-01'), d('2026-02-01'))).toBe(0);
    expect(compareDates(d('2025-12-31'), d('2026-01-01'))).toBe(-1);
  });

  it('agrees with the sign of daysBetween', () => {
    fc.assert(
      fc.property(arbitraryPlainDate, arbitraryPlainDate, (a, b) => {
        expect(compareDates(a, b)).toBe(Math.sign(daysBetween(b, a)) || 0);
      }),
    );
  });
});
