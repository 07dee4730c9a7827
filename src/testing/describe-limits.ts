// Shared by the forms' tests: a form's check and the schema of the rows it saves hold to the same
// limits, so that a form never accepts what the database refuses, nor refuses what it would hold.
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '@/domain/limits';
import type { Money } from '@/domain/money';
import type { FormCheck } from '@/ui/submit-form';

/** The fields of a form whose value is typed text. */
type TextField<Values> = {
  [K in keyof Values]: Values[K] extends string ? K : never;
}[keyof Values];

/**
 * One limit: its name, the field that has it, what is typed there at the limit and one past it,
 * a row that holds the value one past it, and what else the form needs to say for the limit to
 * apply (the kind of a renewal rule).
 */
export type LimitCase<Values, Row> = [
  limit: string,
  field: TextField<Values>,
  at: string,
  past: string,
  pastRow: Partial<Row>,
  context?: Partial<Values>,
];

/** A text field of at most `max` characters; `row` holds a text in the stored row. */
export function textLimit<Values, Row>(
  field: TextField<Values>,
  max: number,
  row: (text: string) => Partial<Row>,
): LimitCase<Values, Row> {
  const text = (length: number) => 'x'.repeat(length);
  return [String(field), field, text(max), text(max + 1), row(text(max + 1))];
}

/** A whole number of at most `max`; `row` holds a number in the stored row. */
export function numberLimit<Values, Row>(
  limit: string,
  field: TextField<Values>,
  max: number,
  row: (number: number) => Partial<Row>,
  context?: Partial<NoInfer<Values>>,
): LimitCase<Values, Row> {
  return [limit, field, String(max), String(max + 1), row(max + 1), context];
}

/** The first and the last day Topup accepts, and the days just outside them. */
export function dateLimits<Values, Row>(
  field: TextField<Values>,
  row: (date: string) => Partial<Row>,
): LimitCase<Values, Row>[] {
  const [last, pastLast] = [`${LIMITS.lastYear}-12-31`, `${LIMITS.lastYear + 1}-01-01`];
  const [first, pastFirst] = [`${LIMITS.firstYear}-01-01`, `${LIMITS.firstYear - 1}-12-31`];
  return [
    ['last year', field, last, pastLast, row(pastLast)],
    ['first year', field, first, pastFirst, row(pastFirst)],
  ];
}

/** An amount in US dollars: the largest the database holds, and a cent more. */
export function amountLimit<Values, Row>(
  field: TextField<Values>,
  row: (money: Money) => Partial<Row>,
): LimitCase<Values, Row> {
  const tooMuch = { minor: LIMITS.amountMax + 1, currency: 'USD' };
  return ['amount', field, '99,999,999,999.99', '100,000,000,000.00', row(tooMuch)];
}

interface CheckedForm<Values, Row> {
  /** Valid values, which each case changes. */
  values: Values;
  check: (values: Values) => FormCheck<Values, Row>;
  schema: v.GenericSchema;
  /** A valid row with the case's change. */
  row: (change: Partial<Row>) => Row;
}

export function describeLimits<Values, Row>(
  title: string,
  { values, check, schema, row }: CheckedForm<Values, Row>,
  cases: LimitCase<Values, Row>[],
): void {
  describe(title, () => {
    it.each(cases)('%s: at the limit both accept it', (_limit, field, at, _past, _row, context) => {
      const checked = check({ ...values, ...context, [field]: at });
      if (!checked.ok) expect.fail(JSON.stringify(checked.errors));
      expect(v.safeParse(schema, checked.input).issues).toBeUndefined();
    });

    it.each(cases)(
      '%s: one past it both refuse it',
      (_limit, field, _at, past, pastRow, context) => {
        const checked = check({ ...values, ...context, [field]: past });
        expect(checked.ok).toBe(false);
        if (!checked.ok) expect(Object.keys(checked.errors)).toEqual([field]);
        expect(v.safeParse(schema, row(pastRow)).success).toBe(false);
      },
    );
  });
}
