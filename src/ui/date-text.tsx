// Every calendar date the app shows, inside <time datetime="YYYY-MM-DD">.
import { useTranslation } from '@/i18n/i18n';
import type { PlainDate } from '@/domain/plain-date';
import { formatPlainDate } from '@/domain/plain-date-format';

export function DateText({
  date,
  style = 'medium',
  today,
}: {
  date: PlainDate;
  style?: 'medium' | 'full';
  /** Given, a date in the same year as today is shown without its year, where space is short. */
  today?: PlainDate;
}) {
  const { i18n } = useTranslation();
  const sameYear = today !== undefined && date.slice(0, 4) === today.slice(0, 4);
  return (
    <time dateTime={date}>{formatPlainDate(date, i18n.language, sameYear ? 'day' : style)}</time>
  );
}
