// A calendar date as a locale writes it. Shared by the page and the worker's notifications.
import { dateTimeFormat } from './intl-formats';
import { toParts, type PlainDate } from './plain-date';

/** `day` is the month and day alone ("Mar 22", "3月22日"), for a date whose year goes without saying. */
export type DateStyle = 'medium' | 'full' | 'day';

/** Formats a calendar date in the locale without letting the time zone move it. */
export function formatPlainDate(
  date: PlainDate,
  locale: string,
  style: DateStyle = 'medium',
): string {
  const { year, month, day } = toParts(date);
  const options: Intl.DateTimeFormatOptions =
    style === 'day'
      ? { month: 'short', day: 'numeric', timeZone: 'UTC' }
      : { dateStyle: style, timeZone: 'UTC' };
  return dateTimeFormat(locale, options).format(new Date(Date.UTC(year, month - 1, day)));
}
