// The top-up form's values as typed, and their checking into a top-up the database accepts.
import { LIMITS } from '@/db/limits';
import type { TopUpInput } from '@/db/row-schemas';
import {
  CHANNELS,
  type Channel,
  type LineRow,
  PAYMENT_METHODS,
  type PaymentMethod,
} from '@/db/rows';
import type { ConfirmationReading } from '@/domain/confirmation-reader';
import { formatMoneyPlain, parseMoney } from '@/domain/money';
import { parseWholeNumber } from '@/domain/number-input';
import type { PlainDate } from '@/domain/plain-date';
import { type FormError, moneyFormError, parseFormDate } from '@/ui/form-error';

export interface TopUpFormValues {
  amount: string;
  paidOn: string;
  periods: string;
  channel: Channel;
  method: PaymentMethod;
  confirmation: string;
  note: string;
}

export type TopUpFormErrors = Partial<Record<keyof TopUpFormValues, FormError>>;

/** The longest confirmation text the form reads: a long e-mail, with room to spare. */
export const CONFIRMATION_TEXT_MAX = 10_000;

/** The fields a confirmation text can fill, each marked for the user to check. */
export type FilledField = 'amount' | 'paidOn' | 'confirmation';

export interface ConfirmationFill {
  values: TopUpFormValues;
  filled: FilledField[];
  /** The currency of an amount left out because the line is paid in another one. */
  otherCurrency?: string;
}

/**
 * The form's values with what a confirmation text says. An amount in another currency than the
 * line's is left out, never converted: the user decides what was paid in the line's currency.
 */
export function fillFromConfirmation(
  values: TopUpFormValues,
  reading: ConfirmationReading,
  currency: string,
): ConfirmationFill {
  const next = { ...values };
  const filled: FilledField[] = [];
  let otherCurrency: string | undefined;
  if (reading.amount && reading.amount.currency !== currency) {
    otherCurrency = reading.amount.currency;
  } else if (reading.amount) {
    next.amount = formatMoneyPlain(reading.amount);
    filled.push('amount');
  }
  if (reading.paidOn) {
    next.paidOn = reading.paidOn;
    filled.push('paidOn');
  }
  if (reading.confirmation) {
    next.confirmation = reading.confirmation;
    filled.push('confirmation');
  }
  return otherCurrency ? { values: next, filled, otherCurrency } : { values: next, filled };
}

export function topUpDefaults(line: LineRow, today: PlainDate): TopUpFormValues {
  return {
    amount: formatMoneyPlain(line.price),
    paidOn: today,
    periods: '1',
    channel: line.autopay ? 'autopay' : 'website',
    method: 'card',
    confirmation: '',
    note: '',
  };
}

export function checkTopUpForm(
  values: TopUpFormValues,
  currency: string,
): { ok: true; input: TopUpInput } | { ok: false; errors: TopUpFormErrors } {
  const errors: TopUpFormErrors = {};
  const amount = parseMoney(values.amount, currency);
  if (!amount.ok) errors.amount = moneyFormError(amount.error);
  const paidOn = parseFormDate(values.paidOn);
  if ('error' in paidOn) errors.paidOn = paidOn.error;
  const periods = parseWholeNumber(values.periods, 1, LIMITS.periodsMax);
  if (!periods.ok) errors.periods = { key: 'wholeNumber', min: 1, max: LIMITS.periodsMax };
  if (values.confirmation.trim().length > LIMITS.shortText)
    errors.confirmation = { key: 'tooLong', max: LIMITS.shortText };
  if (values.note.length > LIMITS.note) errors.note = { key: 'tooLong', max: LIMITS.note };
  if (!amount.ok || 'error' in paidOn || !periods.ok || Object.keys(errors).length)
    return { ok: false, errors };
  return {
    ok: true,
    input: {
      paidOn: paidOn.date,
      amount: amount.money,
      periods: periods.value,
      channel: CHANNELS.includes(values.channel) ? values.channel : 'other',
      method: PAYMENT_METHODS.includes(values.method) ? values.method : 'other',
      confirmation: values.confirmation.trim(),
      note: values.note.trim(),
    },
  };
}
