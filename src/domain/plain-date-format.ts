// A calendar date as a locale writes it. Shared by the page and the worker's notifications.
import { toParts, type PlainDate } from './plain-date';

type DateStyle = 'medium' | 'full';

// Making the first date formatter loads the engine's calendar data, which costs tens of
// milliseconds; later ones are cheap, and each is kept for reuse.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, style: DateStyle): Intl.DateTimeFormat {
  const key = `${locale}|${style}`;
  let made = formatters.get(key);
  if (made === undefined) {
    made = new Intl.DateTimeFormat(locale, { dateStyle: style, timeZone: 'UTC' });
    formatters.set(key, made);
  }
  return made;
}

/** Formats a calendar date in the locale without letting the time zone move it. */
export function formatPlainDate(
  date: PlainDate,
  locale: string,
  style: DateStyle = 'medium',
): string {
  const { year, month, day } = toParts(date);
  return formatter(locale, style).format(new Date(Date.UTC(year, month - 1, day)));
}
