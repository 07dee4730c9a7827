// The day a number is lost, and what to do before then. Each of a line's rules (payment, activity,
// balance, credit expiry) gives a last day to act; the number is lost the day after it plus the
// line's grace days (credit, once expired, has none). The earliest of them is the one that counts.
import { activityDue, type ActivityKind, type ActivityRule } from './activity-rule';
import { projectBalance, renewalDueOn, type BalanceReading } from './balance';
import type { Money } from './money';
import { addDays, compareDates, type PlainDate } from './plain-date';
import type { RenewalRule } from './renewal-rule';

export interface LineBalance extends BalanceReading {
  /** The plan's fee is taken from the balance on each due date, rather than paid each time. */
  renewsFromBalance: boolean;
  /** The day the credit itself expires, where the carrier has such a day. */
  creditExpiresOn?: PlainDate;
}

export interface KeepAliveLine {
  nextDue: PlainDate;
  graceDays: number;
  price: Money;
  rule: RenewalRule;
  activity?: ActivityRule;
  /** The latest day that started the activity rule's clock (activity-rule's lastQualifyingDay). */
  lastUsedOn?: PlainDate;
  balance?: LineBalance;
}

/** One thing to do by a day, or the number is lost on `lostOn`. */
export type NextStep =
  | { cause: 'payment'; by: PlainDate; lostOn: PlainDate; amount: Money }
  | { cause: 'activity'; by: PlainDate; lostOn: PlainDate; counts: readonly ActivityKind[] }
  | { cause: 'balance'; by: PlainDate; lostOn: PlainDate; amount: Money; covered: number }
  | { cause: 'credit'; by: PlainDate; lostOn: PlainDate };

export type LostCause = NextStep['cause'];

function afterGrace(by: PlainDate, graceDays: number): PlainDate {
  return addDays(by, Math.max(0, graceDays) + 1);
}

/** Every rule's step for the line, in the order payment, activity, balance, credit. */
export function keepAliveSteps(line: KeepAliveLine): NextStep[] {
  const steps: NextStep[] = [];
  const { balance } = line;
  if (!balance?.renewsFromBalance) {
    const by = line.nextDue;
    steps.push({
      cause: 'payment',
      by,
      lostOn: afterGrace(by, line.graceDays),
      amount: line.price,
    });
  }
  if (line.activity) {
    const by = activityDue(line.activity, line.lastUsedOn);
    steps.push({
      cause: 'activity',
      by,
      lostOn: afterGrace(by, line.graceDays),
      counts: line.activity.counts,
    });
  }
  if (balance?.renewsFromBalance) {
    const projection = projectBalance(balance, line.price, line.rule, line.nextDue);
    if (projection) {
      const by = projection.topUpBy;
      steps.push({
        cause: 'balance',
        by,
        lostOn: afterGrace(by, line.graceDays),
        amount: projection.shortBy,
        covered: projection.covered,
      });
    }
  }
  if (balance?.creditExpiresOn) {
    const by = balance.creditExpiresOn;
    steps.push({ cause: 'credit', by, lostOn: addDays(by, 1) });
  }
  return steps;
}

/**
 * The step whose rule loses the number first: the earliest `lostOn`, the first in rule order on
 * a tie. Undefined only for a line that renews from its balance at no fee and has no other rule.
 */
export function numberLost(line: KeepAliveLine): NextStep | undefined {
  let first: NextStep | undefined;
  for (const step of keepAliveSteps(line)) {
    if (!first || compareDates(step.lostOn, first.lostOn) < 0) first = step;
  }
  return first;
}

/**
 * The line's due date as it stands on `today`. A line that renews from its balance moves on with
 * each renewal the balance pays, and stops at the first it cannot; any other line is due when
 * it was last paid up to.
 */
export function dueOn(
  line: Pick<KeepAliveLine, 'nextDue' | 'price' | 'rule' | 'balance'>,
  today: PlainDate,
): PlainDate {
  const { balance } = line;
  if (!balance?.renewsFromBalance) return line.nextDue;
  return renewalDueOn(balance, line.price, line.rule, line.nextDue, today);
}
