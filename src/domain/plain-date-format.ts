// A calendar date as a locale writes it. Shared by the page and the worker's notifications.
import { toParts, type PlainDate } from './plain-date';

/** Formats a calendar date in the locale without letting the time zone move it. */
export function formatPlainDate(
  date: PlainDate,
  locale: string,
  style: 'medium' | 'full' = 'medium',
): string {
  const { year, month, day } = toParts(date);
  return new Intl.DateTimeFormat(locale, { dateStyle: style, timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, day)),
  );
}
