// Every calendar date the app shows, inside <time datetime="YYYY-MM-DD">.
import { useTranslation } from '@/i18n/i18n';
import type { PlainDate } from '@/domain/plain-date';
import { formatPlainDate } from '@/domain/plain-date-format';
import { rememberedText } from './remembered-texts';

export function DateText({
  date,
  style = 'medium',
}: {
  date: PlainDate;
  style?: 'medium' | 'full';
}) {
  const { i18n } = useTranslation();
  const locale = i18n.language;
  const text = rememberedText(`date|${locale}|${style}|${date}`, () =>
    formatPlainDate(date, locale, style),
  );
  return <time dateTime={date}>{text}</time>;
}
