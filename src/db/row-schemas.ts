// Validation of every row that enters the database, by a user's form or by a backup file. The
// repository functions refuse what does not pass, so nothing malformed is ever stored.
import * as v from 'valibot';
import { ACTIVITY_KINDS, activityEveryMax, USE_KINDS } from '@/domain/activity-rule';
import { MINUTES_PER_DAY } from '@/domain/local-date-time';
import { isCurrencyCode } from '@/domain/money';
import { isPlainDate, type PlainDate } from '@/domain/plain-date';
import { validateRule, type RenewalRule } from '@/domain/renewal-rule';
import { LIMITS } from '@/domain/limits';
import { CHANNELS, PAYMENT_METHODS } from './rows';

export const idSchema = v.pipe(v.string(), v.minLength(1), v.maxLength(64));
const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
export const timestampSchema = v.pipe(v.number(), v.integer(), v.minValue(0));

export const plainDateSchema = v.pipe(
  v.custom<PlainDate>(isPlainDate, 'not a calendar date'),
  v.check((date) => {
    const year = Number(date.slice(0, 4));
    return year >= LIMITS.firstYear && year <= LIMITS.lastYear;
  }, `outside ${LIMITS.firstYear}–${LIMITS.lastYear}`),
);

export const moneySchema = v.strictObject({
  minor: v.pipe(v.number(), v.safeInteger(), v.minValue(0), v.maxValue(LIMITS.amountMax)),
  currency: v.pipe(v.string(), v.check(isCurrencyCode, 'not an ISO 4217 currency')),
});

const ruleShape = v.variant('kind', [
  v.strictObject({ kind: v.literal('monthly'), every: v.number(), anchorDay: v.number() }),
  v.strictObject({ kind: v.literal('days'), every: v.number() }),
  v.strictObject({ kind: v.literal('validity'), days: v.number(), stack: v.boolean() }),
]);

export const ruleSchema = v.pipe(
  ruleShape,
  v.check((rule: RenewalRule) => validateRule(rule).length === 0, 'not a valid renewal rule'),
);

/** The activity rule as a form sets it; the line's last use is the repository's to work out. */
export const activityRuleSchema = v.pipe(
  v.strictObject({
    every: v.pipe(v.number(), v.integer(), v.minValue(1)),
    unit: v.picklist(['days', 'months']),
    counts: v.pipe(
      v.array(v.picklist(ACTIVITY_KINDS)),
      v.minLength(1),
      v.check((kinds) => new Set(kinds).size === kinds.length, 'a kind twice'),
    ),
    since: plainDateSchema,
  }),
  v.check((rule) => rule.every <= activityEveryMax(rule.unit), 'longer than any carrier allows'),
);

export const balanceReadingSchema = v.strictObject({
  amount: moneySchema,
  asOf: plainDateSchema,
});

export const lineBalanceSchema = v.strictObject({
  ...balanceReadingSchema.entries,
  renewsFromBalance: v.boolean(),
  creditExpiresOn: v.optional(plainDateSchema),
});

const trimmed = (max: number) => v.pipe(v.string(), v.trim(), v.maxLength(max));

export const portOutSchema = v.strictObject({
  accountNumber: trimmed(LIMITS.shortText),
  billingZip: trimmed(LIMITS.postcode),
  pinIssuedOn: v.optional(plainDateSchema),
  pinExpiresOn: v.optional(plainDateSchema),
  usedFor: trimmed(LIMITS.note),
});

const lineInputShape = v.strictObject({
  name: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(LIMITS.name)),
  carrier: v.pipe(v.string(), v.trim(), v.maxLength(LIMITS.shortText)),
  phone: v.pipe(v.string(), v.trim(), v.maxLength(LIMITS.phone)),
  planName: v.pipe(v.string(), v.trim(), v.maxLength(LIMITS.shortText)),
  price: moneySchema,
  billing: v.picklist(['prepaid', 'postpaid']),
  autopay: v.boolean(),
  rule: ruleSchema,
  nextDue: plainDateSchema,
  lateMode: v.optional(v.picklist(['keep', 'restart'])),
  leadDays: v.pipe(
    v.array(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(LIMITS.leadDayMax))),
    v.maxLength(LIMITS.leadDays),
  ),
  graceDays: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(LIMITS.graceDaysMax)),
  notes: text(LIMITS.note),
  activity: v.optional(activityRuleSchema),
  balance: v.optional(lineBalanceSchema),
  portOut: v.optional(portOutSchema),
});

/** The balance is kept in the plan's currency, since the plan's fee is taken from it. */
function balanceInPriceCurrency<
  T extends { price: { currency: string }; balance?: { amount: { currency: string } } },
>() {
  return v.check(
    (line: T) => !line.balance || line.balance.amount.currency === line.price.currency,
    'a balance in another currency than the price',
  );
}

export const lineInputSchema = v.pipe(lineInputShape, balanceInPriceCurrency());

export const lineRowSchema = v.pipe(
  v.strictObject({
    ...lineInputShape.entries,
    lastUsedOn: v.optional(plainDateSchema),
    balanceHistory: v.optional(
      v.pipe(v.array(balanceReadingSchema), v.maxLength(LIMITS.balanceHistory)),
    ),
    id: idSchema,
    archived: v.boolean(),
    snoozedUntil: v.optional(
      v.strictObject({
        date: plainDateSchema,
        minutes: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MINUTES_PER_DAY - 1)),
      }),
    ),
    createdAt: timestampSchema,
    updatedAt: timestampSchema,
  }),
  balanceInPriceCurrency(),
);

export const topUpInputSchema = v.strictObject({
  paidOn: plainDateSchema,
  amount: moneySchema,
  periods: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(LIMITS.periodsMax)),
  channel: v.picklist(CHANNELS),
  method: v.picklist(PAYMENT_METHODS),
  confirmation: v.pipe(v.string(), v.trim(), v.maxLength(LIMITS.shortText)),
  note: text(LIMITS.note),
  toBalance: v.optional(v.boolean()),
});

export const topUpRowSchema = v.strictObject({
  ...topUpInputSchema.entries,
  balanceBefore: v.optional(balanceReadingSchema),
  balanceAfter: v.optional(balanceReadingSchema),
  id: idSchema,
  lineId: idSchema,
  dueBefore: plainDateSchema,
  dueAfter: plainDateSchema,
  ruleBefore: v.optional(ruleSchema),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});

export const useInputSchema = v.strictObject({
  usedOn: plainDateSchema,
  kind: v.picklist(USE_KINDS),
  note: text(LIMITS.note),
});

export const useRowSchema = v.strictObject({
  ...useInputSchema.entries,
  id: idSchema,
  lineId: idSchema,
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});

export type LineInput = v.InferOutput<typeof lineInputSchema>;
export type UseInput = v.InferOutput<typeof useInputSchema>;
export type TopUpInput = v.InferOutput<typeof topUpInputSchema>;

/** Thrown by a repository function when its input does not pass validation. */
export class InvalidInputError extends Error {
  override name = 'InvalidInputError';
  constructor(readonly issues: string[]) {
    super(`Invalid input: ${issues.join('; ')}`);
  }
}

export function parseOrThrow<S extends v.GenericSchema>(
  schema: S,
  input: unknown,
): v.InferOutput<S> {
  const result = v.safeParse(schema, input);
  if (!result.success) {
    throw new InvalidInputError(
      result.issues.map((issue) => `${v.getDotPath(issue) ?? '(root)'}: ${issue.message}`),
    );
  }
  return result.output;
}
