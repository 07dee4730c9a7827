// Calendar dates without a time or a time zone. Due dates are days on a calendar, so they are
// stored as "YYYY-MM-DD" and counted in whole days; they never shift when the device's zone or
// daylight saving time changes.

export type PlainDate = string & { readonly __brand: 'PlainDate' };

export type DateParts = { year: number; month: number; day: number };

const MS_PER_DAY = 86_400_000;
const MIN_YEAR = 1;
const MAX_YEAR = 9999;
const PLAIN_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

export function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/** Days in a month of the Gregorian calendar; month is 1–12. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function isValidDateParts(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= MIN_YEAR &&
    year <= MAX_YEAR &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

function format(year: number, month: number, day: number): PlainDate {
  const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return text as PlainDate;
}

/** Builds a date from its parts (month 1–12); throws a RangeError for a day that does not exist. */
export function plainDate(year: number, month: number, day: number): PlainDate {
  if (!isValidDateParts(year, month, day)) {
    throw new RangeError(`Not a calendar date: ${year}-${month}-${day}`);
  }
  return format(year, month, day);
}

/** Reads "YYYY-MM-DD"; anything else, or a day the calendar does not have, gives null. */
export function parsePlainDate(text: string): PlainDate | null {
  if (!PLAIN_DATE_PATTERN.test(text)) return null;
  const { year, month, day } = toParts(text as PlainDate);
  return isValidDateParts(year, month, day) ? (text as PlainDate) : null;
}

export function isPlainDate(value: unknown): value is PlainDate {
  return typeof value === 'string' && parsePlainDate(value) !== null;
}

export function toParts(date: PlainDate): DateParts {
  return {
    year: Number(date.slice(0, 4)),
    month: Number(date.slice(5, 7)),
    day: Number(date.slice(8, 10)),
  };
}

// Day numbers count days since 1970-01-01 through Date's UTC arithmetic, which has no zone and no
// daylight saving time. setUTCFullYear keeps years below 100 as written, unlike Date.UTC.
function toDayNumber(date: PlainDate): number {
  const { year, month, day } = toParts(date);
  const utc = new Date(0);
  utc.setUTCFullYear(year, month - 1, day);
  return utc.getTime() / MS_PER_DAY;
}

function fromDayNumber(dayNumber: number): PlainDate {
  const utc = new Date(dayNumber * MS_PER_DAY);
  return plainDate(utc.getUTCFullYear(), utc.getUTCMonth() + 1, utc.getUTCDate());
}

/** The date n days later (earlier when n is negative). */
export function addDays(date: PlainDate, days: number): PlainDate {
  if (!Number.isInteger(days)) throw new RangeError(`Not a whole number of days: ${days}`);
  return fromDayNumber(toDayNumber(date) + days);
}

/**
 * The date n calendar months later on the anchor day, clamped to the length of the target month:
 * the anchor is what a monthly schedule keeps, so Jan 31 → Feb 28 → Mar 31 rather than drifting
 * to the 28th. The anchor defaults to the date's own day.
 */
export function addMonths(date: PlainDate, months: number, anchorDay?: number): PlainDate {
  const { year, month, day } = toParts(date);
  const anchor = anchorDay ?? day;
  if (!Number.isInteger(months)) throw new RangeError(`Not a whole number of months: ${months}`);
  if (!Number.isInteger(anchor) || anchor < 1 || anchor > 31) {
    throw new RangeError(`Not a day of the month: ${anchor}`);
  }
  const monthIndex = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = monthIndex - targetYear * 12 + 1;
  return plainDate(targetYear, targetMonth, Math.min(anchor, daysInMonth(targetYear, targetMonth)));
}

/** Whole days from a to b: positive when b is later. */
export function daysBetween(a: PlainDate, b: PlainDate): number {
  return toDayNumber(b) - toDayNumber(a);
}

/** Orders dates; the fixed-width format makes string order calendar order. */
export function compareDates(a: PlainDate, b: PlainDate): -1 | 0 | 1 {
  if (a < b) return -1;
  return a > b ? 1 : 0;
}
