import { describe, expect, it } from 'vitest';
import { type TopUpInput, topUpInputSchema } from '@/db/row-schemas';
import { date, topUpInput } from '@/testing/db-fixtures';
import { readConfirmation } from '@/domain/confirmation-reader';
import { LIMITS } from '@/domain/limits';
import {
  amountLimit,
  dateLimits,
  describeLimits,
  numberLimit,
  textLimit,
} from '@/testing/describe-limits';
import { checkTopUpForm, fillFromConfirmation, type TopUpFormValues } from './top-up-form-values';

const values: TopUpFormValues = {
  amount: '15.00',
  paidOn: '2027-01-20',
  periods: '1',
  channel: 'website',
  method: 'card',
  confirmation: '',
  note: 'kept',
  toBalance: false,
};

const usdLine = { price: { minor: 1500, currency: 'USD' } };

describe('fillFromConfirmation', () => {
  it('fills amount, paid on and confirmation number, and lists them to check', () => {
    const reading = readConfirmation(
      'T-Mobile: Payment of $50.00 received on 11/21/2026. Confirmation #: 8842119305.',
    );
    const fill = fillFromConfirmation(values, reading, 'USD');
    expect(fill).toStrictEqual({
      values: {
        ...values,
        amount: '50.00',
        paidOn: '2026-11-21',
        confirmation: '8842119305',
      },
      filled: ['amount', 'paidOn', 'confirmation'],
    });
    expect(checkTopUpForm(fill.values, usdLine)).toMatchObject({
      ok: true,
      input: { amount: { minor: 5000, currency: 'USD' }, paidOn: date('2026-11-21') },
    });
  });

  it('never converts: an amount in another currency is left out and named', () => {
    const reading = { amount: { minor: 10000, currency: 'CNY' }, confirmation: 'UN20261121' };
    expect(fillFromConfirmation(values, reading, 'USD')).toStrictEqual({
      values: { ...values, confirmation: 'UN20261121' },
      filled: ['confirmation'],
      otherCurrency: 'CNY',
    });
  });

  it('writes the amount with all the minor digits of its currency', () => {
    const reading = { amount: { minor: 3000, currency: 'JPY' } };
    expect(fillFromConfirmation(values, reading, 'JPY').values.amount).toBe('3000');
  });

  it('changes nothing when nothing was found', () => {
    expect(fillFromConfirmation(values, {}, 'USD')).toStrictEqual({ values, filled: [] });
  });
});

describeLimits<TopUpFormValues, TopUpInput>(
  'the top-up form and the stored top-up hold to the same limits',
  {
    values,
    check: (typed) => checkTopUpForm(typed, usdLine),
    schema: topUpInputSchema,
    row: topUpInput,
  },
  [
    amountLimit('amount', (amount) => ({ amount })),
    numberLimit('periods', 'periods', LIMITS.periodsMax, (periods) => ({ periods })),
    textLimit('confirmation', LIMITS.shortText, (confirmation) => ({ confirmation })),
    textLimit('note', LIMITS.note, (note) => ({ note })),
    ...dateLimits('paidOn', (paidOn) => ({ paidOn: date(paidOn) })),
  ],
);

describe('the amount of a top-up', () => {
  it('names the largest amount in the currency of the line', () => {
    expect(checkTopUpForm({ ...values, amount: '100000000000' }, usdLine)).toMatchObject({
      ok: false,
      errors: {
        amount: { key: 'moneyTooLarge', max: { minor: LIMITS.amountMax, currency: 'USD' } },
      },
    });
  });
});

describe('a top-up to the balance', () => {
  const balance = {
    amount: { minor: 740, currency: 'USD' },
    asOf: date('2027-01-10'),
    renewsFromBalance: true,
  };

  it('goes to the balance only where the line keeps one', () => {
    const withBalance = checkTopUpForm({ ...values, toBalance: true }, { ...usdLine, balance });
    expect(withBalance.ok && withBalance.input.toBalance).toBe(true);
    const without = checkTopUpForm({ ...values, toBalance: true }, usdLine);
    expect(without.ok && 'toBalance' in without.input).toBe(false);
  });
});
