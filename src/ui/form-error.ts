// The problems a form field can have, and their words; and the checks of what people type, each
// giving the value or the problem. Forms report these; the Field shows them. Every bound comes
// from the domain's LIMITS, and each problem carries the bound its message names.
import { useTranslation } from '@/i18n/i18n';
import { LIMITS } from '@/domain/limits';
import { formatMoney, type Money, parseMoney } from '@/domain/money';
import { parseDayList, parseWholeNumber } from '@/domain/number-input';
import { parsePlainDate, type PlainDate, toParts } from '@/domain/plain-date';

export type FormError =
  | { key: 'required' }
  | { key: 'tooLong'; max: number }
  | { key: 'money' }
  | { key: 'moneyDecimals' }
  | { key: 'moneyTooLarge'; max: Money }
  | { key: 'wholeNumber'; min: number; max: number }
  | { key: 'date' }
  | { key: 'dateRange'; first: number; last: number }
  | { key: 'dayList'; max: number; count: number }
  | { key: 'currency' }
  /** An activity rule that counts no kind of use. */
  | { key: 'activityKinds' };

/** Each invalid field of a form with its problem. */
export type FormErrors<Values> = Partial<Record<keyof Values, FormError>>;

/** A field's value as the form will save it, or its problem. */
export type Checked<T> = { ok: true; value: T } | { ok: false; error: FormError };

/** The problems among a form's checked fields, each under its field's name. */
export function errorsOf<Key extends string>(
  fields: Record<Key, Checked<unknown>>,
): Partial<Record<Key, FormError>> {
  const errors: Partial<Record<Key, FormError>> = {};
  for (const key in fields) {
    const field = fields[key];
    if (!field.ok) errors[key] = field.error;
  }
  return errors;
}

export function useFormErrorText(): (error: FormError | undefined) => string | undefined {
  const { t, i18n } = useTranslation();
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
      case 'moneyTooLarge':
        return t('errors.moneyTooLarge', { max: formatMoney(error.max, i18n.language) });
      case 'wholeNumber':
        return t('errors.wholeNumber', { min: error.min, max: error.max });
      case 'date':
        return t('errors.date');
      case 'dateRange':
        return t('errors.dateRange', { first: error.first, last: error.last });
      case 'dayList':
        return t('errors.dayList', { max: error.max, count: error.count });
      case 'currency':
        return t('errors.currency');
      case 'activityKinds':
        return t('errors.activityKinds');
    }
  };
}

function fail(error: FormError): { ok: false; error: FormError } {
  return { ok: false, error };
}

/** Text without its surrounding spaces, at most `max` characters, and not empty if required. */
export function checkText(text: string, max: number, required = false): Checked<string> {
  const value = text.trim();
  if (required && !value) return fail({ key: 'required' });
  if (value.length > max) return fail({ key: 'tooLong', max });
  return { ok: true, value };
}

/** An amount in `currency`, as large as the database holds and no larger. */
export function checkMoney(text: string, currency: string): Checked<Money> {
  const parsed = parseMoney(text, currency);
  if (parsed.ok && parsed.money.minor <= LIMITS.amountMax) return { ok: true, value: parsed.money };
  if (parsed.ok || parsed.error === 'too-large') {
    return fail({ key: 'moneyTooLarge', max: { minor: LIMITS.amountMax, currency } });
  }
  if (parsed.error === 'empty') return fail({ key: 'required' });
  return fail(parsed.error === 'too-many-decimals' ? { key: 'moneyDecimals' } : { key: 'money' });
}

export function checkWholeNumber(text: string, min: number, max: number): Checked<number> {
  const parsed = parseWholeNumber(text, min, max);
  return parsed.ok ? parsed : fail({ key: 'wholeNumber', min, max });
}

/** Days before a due date to remind on, such as "3, 1, 0". */
export function checkLeadDays(text: string): Checked<number[]> {
  const parsed = parseDayList(text, LIMITS.leadDayMax, LIMITS.leadDays);
  return parsed.ok
    ? parsed
    : fail({ key: 'dayList', max: LIMITS.leadDayMax, count: LIMITS.leadDays });
}

/** A date typed into a form: a real calendar date within the years Topup accepts. */
export function checkDate(text: string): Checked<PlainDate> {
  const date = parsePlainDate(text.trim());
  if (!date) return fail(text.trim() ? { key: 'date' } : { key: 'required' });
  const { year } = toParts(date);
  if (year < LIMITS.firstYear || year > LIMITS.lastYear) {
    return fail({ key: 'dateRange', first: LIMITS.firstYear, last: LIMITS.lastYear });
  }
  return { ok: true, value: date };
}
