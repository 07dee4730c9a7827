// The top-up form's values as typed, and their checking into a top-up the database accepts.
import type { TopUpInput } from '@/db/row-schemas';
import {
  CHANNELS,
  type Channel,
  type LineRow,
  PAYMENT_METHODS,
  type PaymentMethod,
  type TopUpRow,
} from '@/db/rows';
import type { ConfirmationReading } from '@/domain/confirmation-reader';
import { LIMITS } from '@/domain/limits';
import { addToBalance } from '@/domain/balance';
import { formatMoneyPlain, type Money } from '@/domain/money';
import type { PlainDate } from '@/domain/plain-date';
import { applyTopUp } from '@/domain/top-up';
import { checkDate, checkMoney, checkText, checkWholeNumber, errorsOf } from '@/ui/form-error';
import type { FormCheck } from '@/ui/submit-form';

export interface TopUpFormValues {
  amount: string;
  paidOn: string;
  periods: string;
  channel: Channel;
  method: PaymentMethod;
  confirmation: string;
  note: string;
  /** Added to the line's balance instead of paying the plan; offered where the line keeps one. */
  toBalance: boolean;
}

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
    toBalance: line.balance?.renewsFromBalance ?? false,
  };
}

/** The form filled with a saved top-up, as it was logged. */
export function valuesFromTopUp(topUp: TopUpRow): TopUpFormValues {
  return {
    amount: formatMoneyPlain(topUp.amount),
    paidOn: topUp.paidOn,
    periods: String(topUp.periods),
    channel: topUp.channel,
    method: topUp.method,
    confirmation: topUp.confirmation,
    note: topUp.note,
    toBalance: topUp.toBalance ?? false,
  };
}

function checkPeriods(values: TopUpFormValues) {
  return checkWholeNumber(values.periods, 1, LIMITS.periodsMax);
}

export function checkTopUpForm(
  values: TopUpFormValues,
  line: Pick<LineRow, 'price' | 'balance'>,
): FormCheck<TopUpFormValues, TopUpInput> {
  const { currency } = line.price;
  const amount = checkMoney(values.amount, currency);
  const paidOn = checkDate(values.paidOn);
  const periods = checkPeriods(values);
  const confirmation = checkText(values.confirmation, LIMITS.shortText);
  const note = checkText(values.note, LIMITS.note);
  if (!amount.ok || !paidOn.ok || !periods.ok || !confirmation.ok || !note.ok) {
    return { ok: false, errors: errorsOf({ amount, paidOn, periods, confirmation, note }) };
  }
  return {
    ok: true,
    input: {
      paidOn: paidOn.value,
      amount: amount.value,
      periods: periods.value,
      channel: CHANNELS.includes(values.channel) ? values.channel : 'other',
      method: PAYMENT_METHODS.includes(values.method) ? values.method : 'other',
      confirmation: confirmation.value,
      note: note.value,
      ...(values.toBalance && line.balance ? { toBalance: true } : {}),
    },
  };
}

/** What the top-up the form describes will do: move the due date, or fill the balance. */
export type TopUpPreview = { dueAfter: PlainDate } | { balanceAfter: Money };

/** The preview of the top-up the form describes so far; null while it is incomplete. */
export function previewTopUp(line: LineRow, values: TopUpFormValues): TopUpPreview | null {
  const paidOn = checkDate(values.paidOn);
  if (values.toBalance && line.balance) {
    const amount = checkMoney(values.amount, line.price.currency);
    if (!paidOn.ok || !amount.ok) return null;
    const { price, rule, nextDue } = line;
    const after = addToBalance(line.balance, price, rule, nextDue, paidOn.value, amount.value);
    return { balanceAfter: after.amount };
  }
  const periods = checkPeriods(values);
  if (!paidOn.ok || !periods.ok) return null;
  return {
    dueAfter: applyTopUp(line, { paidOn: paidOn.value, periods: periods.value }).record.dueAfter,
  };
}
