// Every calendar date the app shows, inside <time datetime="YYYY-MM-DD">.
import { useTranslation } from 'react-i18next';
import { toParts, type PlainDate } from '@/domain/plain-date';

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

export function DateText({ date, style }: { date: PlainDate; style?: 'medium' | 'full' }) {
  const { i18n } = useTranslation();
  return <time dateTime={date}>{formatPlainDate(date, i18n.language, style)}</time>;
}
