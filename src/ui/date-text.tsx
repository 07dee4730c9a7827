// Every calendar date the app shows, inside <time datetime="YYYY-MM-DD">.
import { useTranslation } from '@/i18n/i18n';
import type { PlainDate } from '@/domain/plain-date';
import { formatPlainDate } from '@/domain/plain-date-format';

export function DateText({
  date,
  style = 'medium',
}: {
  date: PlainDate;
  style?: 'medium' | 'full';
}) {
  const { i18n } = useTranslation();
  return <time dateTime={date}>{formatPlainDate(date, i18n.language, style)}</time>;
}
