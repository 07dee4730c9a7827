// A calendar date as a locale writes it. Shared by the page and the worker's notifications.
import { dateTimeFormat } from './intl-formats';
import { toParts, type PlainDate } from './plain-date';

type DateStyle = 'medium' | 'full';

/** Formats a calendar date in the locale without letting the time zone move it. */
export function formatPlainDate(
  date: PlainDate,
  locale: string,
  style: DateStyle = 'medium',
): string {
  const { year, month, day } = toParts(date);
  return dateTimeFormat(locale, { dateStyle: style, timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, day)),
  );
}
