// The problems a form field can have, and their words. Forms report these; the Field shows them.
import { useTranslation } from '@/i18n/i18n';
import type { MoneyParseError } from '@/domain/money';
import { parsePlainDate, type PlainDate, toParts } from '@/domain/plain-date';

/** Dates outside these years are typing mistakes. */
export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2100;

export type FormError =
  | { key: 'required' }
  | { key: 'tooLong'; max: number }
  | { key: 'money' }
  | { key: 'moneyDecimals' }
  | { key: 'wholeNumber'; min: number; max: number }
  | { key: 'date' }
  | { key: 'dateRange' }
  | { key: 'dayList'; max: number; count: number }
  | { key: 'currency' };

export function useFormErrorText(): (error: FormError | undefined) => string | undefined {
  const { t } = useTranslation();
  return (error) => {
    if (!error) return undefined;
    switch (error.key) {
      case 'required':
        return t('errors.required');
      case 'tooLong':
        return t('errors.tooLong', { max: error.max });
      case 'money':
        return t('errors.money');
      case 'moneyDecimals':
        return t('errors.moneyDecimals');
      case 'wholeNumber':
        return t('errors.wholeNumber', { min: error.min, max: error.max });
      case 'date':
        return t('errors.date');
      case 'dateRange':
        return t('errors.dateRange');
      case 'dayList':
        return t('errors.dayList', { max: error.max, count: error.count });
      case 'currency':
        return t('errors.currency');
    }
  };
}

export function moneyFormError(error: MoneyParseError): FormError {
  if (error === 'empty') return { key: 'required' };
  return error === 'too-many-decimals' ? { key: 'moneyDecimals' } : { key: 'money' };
}

/** A date typed into a form: a real calendar date within the years Topup accepts. */
export function parseFormDate(text: string): { date: PlainDate } | { error: FormError } {
  const date = parsePlainDate(text.trim());
  if (!date) return { error: text.trim() ? { key: 'date' } : { key: 'required' } };
  const { year } = toParts(date);
  if (year < FIRST_YEAR || year > LAST_YEAR) return { error: { key: 'dateRange' } };
  return { date };
}
