// A pay-as-you-go balance projected forward: each renewal date takes the plan's fee from it, in
// exact minor units, until it can no longer cover one. That renewal is when the number starts to
// be lost.
import { type Money } from './money';
import { addDays, compareDates, type PlainDate } from './plain-date';
import { advance, type RenewalRule } from './renewal-rule';

/** The balance as the carrier reported it (or as a top-up left it) on a day. */
export interface BalanceReading {
  amount: Money;
  asOf: PlainDate;
}

export interface BalanceProjection {
  /** How many renewals, from the first after the reading, the balance pays. */
  covered: number;
  /** The last of them; absent when it covers none. */
  lastCovered?: PlainDate;
  /** The first renewal it cannot pay: the day the line lapses unless topped up. */
  firstShort: PlainDate;
  /** What is left once the covered renewals are paid, and what the next one lacks. */
  left: Money;
  shortBy: Money;
  /** The last day to top up: the day before the first renewal the balance cannot pay. */
  topUpBy: PlainDate;
}

/** No projection goes past this many renewals: a balance of years is as good as covered. */
const MAX_RENEWALS = 1200;

/** The index of the first renewal of the line's schedule after `day`. */
function firstRenewalAfter(rule: RenewalRule, nextDue: PlainDate, day: PlainDate): number {
  let index = 0;
  while (index < MAX_RENEWALS && compareDates(advance(rule, nextDue, index), day) <= 0) index += 1;
  return index;
}

/**
 * Where the balance runs out on the schedule that starts at `nextDue`: the renewals after the
 * reading each take `fee`; N renewals are covered exactly when the balance is at least N × fee.
 * Undefined when nothing runs out (a free plan) or the balance is in another currency than the fee.
 */
export function projectBalance(
  reading: BalanceReading,
  fee: Money,
  rule: RenewalRule,
  nextDue: PlainDate,
): BalanceProjection | undefined {
  if (fee.minor <= 0 || fee.currency !== reading.amount.currency) return undefined;
  const balance = Math.max(0, reading.amount.minor);
  const covered = Math.min(Math.floor(balance / fee.minor), MAX_RENEWALS);
  const first = firstRenewalAfter(rule, nextDue, reading.asOf);
  const firstShort = advance(rule, nextDue, first + covered);
  const left = balance - covered * fee.minor;
  return {
    covered,
    ...(covered > 0 ? { lastCovered: advance(rule, nextDue, first + covered - 1) } : {}),
    firstShort,
    left: { minor: left, currency: fee.currency },
    shortBy: { minor: fee.minor - left, currency: fee.currency },
    topUpBy: addDays(firstShort, -1),
  };
}

/**
 * The balance on `day`, after the renewals between the reading and that day took their fee
 * (those it could pay). A top-up to the balance on `day` adds to this.
 */
export function balanceOn(
  reading: BalanceReading,
  fee: Money,
  rule: RenewalRule,
  nextDue: PlainDate,
  day: PlainDate,
): Money {
  if (fee.minor <= 0 || fee.currency !== reading.amount.currency) return reading.amount;
  const first = firstRenewalAfter(rule, nextDue, reading.asOf);
  const upTo = firstRenewalAfter(rule, nextDue, day);
  const affordable = Math.floor(Math.max(0, reading.amount.minor) / fee.minor);
  const taken = Math.min(Math.max(0, upTo - first), affordable);
  return { minor: reading.amount.minor - taken * fee.minor, currency: fee.currency };
}

/**
 * The balance after a top-up of `amount` to it on `paidOn`: the balance on that day (see
 * balanceOn) plus the amount, read on that day, or on the day of the reading if it is later.
 */
export function addToBalance(
  reading: BalanceReading,
  fee: Money,
  rule: RenewalRule,
  nextDue: PlainDate,
  paidOn: PlainDate,
  amount: Money,
): BalanceReading {
  const asOf = compareDates(paidOn, reading.asOf) > 0 ? paidOn : reading.asOf;
  const before = balanceOn(reading, fee, rule, nextDue, asOf);
  return { amount: { minor: before.minor + amount.minor, currency: before.currency }, asOf };
}

/**
 * The due date of a line that renews from its balance, as it stands on `today`: the first renewal
 * on or after today, unless the balance could not pay an earlier one, which is then the date.
 */
export function renewalDueOn(
  reading: BalanceReading,
  fee: Money,
  rule: RenewalRule,
  nextDue: PlainDate,
  today: PlainDate,
): PlainDate {
  const next = advance(rule, nextDue, firstRenewalAfter(rule, nextDue, addDays(today, -1)));
  const short = projectBalance(reading, fee, rule, nextDue)?.firstShort;
  return short && compareDates(short, next) < 0 ? short : next;
}
