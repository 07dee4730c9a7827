// Calendar months for Insight. A top-up belongs to the month of its paid-on date as written, so a
// payment never moves to another month when the device changes time zone.
import { dateTimeFormat } from './intl-formats';
import { addMonths, plainDate, toParts, type PlainDate } from './plain-date';

/** "YYYY-MM". */
export type MonthKey = string & { readonly __brand: 'MonthKey' };

export function monthOf(date: PlainDate): MonthKey {
  return date.slice(0, 7) as MonthKey;
}

export function firstDayOf(month: MonthKey): PlainDate {
  return `${month}-01` as PlainDate;
}

/** The `count` months that end with the month of `today`, oldest first. */
export function lastMonths(today: PlainDate, count: number): MonthKey[] {
  const first = addMonths(firstDayOf(monthOf(today)), 1 - count);
  return Array.from({ length: Math.max(0, count) }, (_, index) => monthOf(addMonths(first, index)));
}

/** Whole months from a to b: 0 for the same month, positive when b is later. */
export function monthsBetween(a: MonthKey, b: MonthKey): number {
  const from = toParts(firstDayOf(a));
  const to = toParts(firstDayOf(b));
  return (to.year - from.year) * 12 + (to.month - from.month);
}

/** The first and last day of the year before `today`'s and of `today`'s own year. */
export function twoYearRange(today: PlainDate): { from: PlainDate; to: PlainDate } {
  const { year } = toParts(today);
  return { from: plainDate(year - 1, 1, 1), to: plainDate(year, 12, 31) };
}

/** The month as the locale names it: "Jan" (short), or "January 2027" (long). */
export function formatMonth(month: MonthKey, locale: string, style: 'short' | 'long'): string {
  // UTC on both sides, so the day shown is the day meant whatever the device's zone.
  const formatter = dateTimeFormat(
    locale,
    style === 'short'
      ? { month: 'short', timeZone: 'UTC' }
      : { month: 'long', year: 'numeric', timeZone: 'UTC' },
  );
  const { year, month: number } = toParts(firstDayOf(month));
  const instant = new Date(0);
  instant.setUTCFullYear(year, number - 1, 1);
  return formatter.format(instant);
}
