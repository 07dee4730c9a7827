import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { d } from './dates.fixture';
import {
  firstDayOf,
  formatMonth,
  lastMonths,
  monthOf,
  monthsBetween,
  twoYearRange,
  type MonthKey,
} from './insight-months';
import { addDays } from './plain-date';

const month = (text: string) => text as MonthKey;

describe('monthOf', () => {
  it('takes the month of the date as written, so the last and first day of a month part', () => {
    expect(monthOf(d('2027-01-31'))).toBe('2027-01');
    expect(monthOf(d('2027-02-01'))).toBe('2027-02');
    expect(monthOf(d('2026-12-31'))).toBe('2026-12');
    expect(monthOf(d('2028-02-29'))).toBe('2028-02');
  });
});

describe('lastMonths', () => {
  it('ends with the month of today and crosses the turn of the year', () => {
    expect(lastMonths(d('2027-01-20'), 12)).toEqual([
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
      '2026-12',
      '2027-01',
    ]);
  });

  it('gives the same months on the first and the last day of a month', () => {
    expect(lastMonths(d('2027-03-01'), 3)).toEqual(['2027-01', '2027-02', '2027-03']);
    expect(lastMonths(d('2027-03-31'), 3)).toEqual(['2027-01', '2027-02', '2027-03']);
  });

  it('gives nothing for no months', () => {
    expect(lastMonths(d('2027-03-31'), 0)).toEqual([]);
  });

  it('always gives consecutive months, oldest first', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 40_000 }),
        fc.integer({ min: 1, max: 36 }),
        (offset, count) => {
          const today = addDays(d('1990-01-01'), offset);
          const months = lastMonths(today, count);
          expect(months).toHaveLength(count);
          expect(months.at(-1)).toBe(monthOf(today));
          months.slice(1).forEach((m, index) => {
            expect(monthsBetween(months[index] ?? m, m)).toBe(1);
          });
        },
      ),
    );
  });
});

describe('monthsBetween', () => {
  it('counts whole calendar months', () => {
    expect(monthsBetween(month('2026-02'), month('2027-01'))).toBe(11);
    expect(monthsBetween(month('2027-01'), month('2027-01'))).toBe(0);
    expect(monthsBetween(month('2027-03'), month('2026-12'))).toBe(-3);
  });
});

describe('firstDayOf and twoYearRange', () => {
  it('start a month on its first day and cover last year and this year', () => {
    expect(firstDayOf(month('2027-02'))).toBe('2027-02-01');
    expect(twoYearRange(d('2027-01-20'))).toEqual({ from: '2026-01-01', to: '2027-12-31' });
    expect(twoYearRange(d('2026-12-31'))).toEqual({ from: '2025-01-01', to: '2026-12-31' });
  });
});

describe('formatMonth', () => {
  it('names the month in the locale, whatever the time zone', () => {
    expect(formatMonth(month('2027-01'), 'en', 'long')).toBe('January 2027');
    expect(formatMonth(month('2027-01'), 'en', 'short')).toBe('Jan');
    expect(formatMonth(month('2027-01'), 'zh-Hans', 'long')).toBe('2027年1月');
    expect(formatMonth(month('2026-12'), 'zh-Hant', 'short')).toBe('12月');
  });
});
