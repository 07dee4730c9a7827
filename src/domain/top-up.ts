// What logging a payment does to a line's schedule, and how deleting it puts the line back.
import { addDays, compareDates, toParts, type PlainDate } from './plain-date';
import { advance, type RenewalRule } from './renewal-rule';

export type Billing = 'prepaid' | 'postpaid';

/** After a late payment: `keep` the old cycle (the missed period is paid for), or `restart` it on the payment day. */
export type LateMode = 'keep' | 'restart';

export type Schedule = {
  rule: RenewalRule;
  nextDue: PlainDate;
  billing: Billing;
  /** Absent when the line follows its billing's default. */
  lateMode?: LateMode;
};

export type Payment = { paidOn: PlainDate; periods: number };

/** What a top-up stores so that deleting it restores the line exactly. */
export type TopUpRecord = {
  dueBefore: PlainDate;
  dueAfter: PlainDate;
  /** Present only when the top-up changed the rule (a monthly restart moves the anchor day). */
  ruleBefore?: RenewalRule;
};

export type TopUpOutcome = { schedule: Schedule; record: TopUpRecord };

/**
 * A prepaid line stops working when its period runs out, so a late payment starts a new period
 * that day; a postpaid bill stays due on its cycle whenever it is paid.
 */
export function defaultLateMode(billing: Billing): LateMode {
  return billing === 'prepaid' ? 'restart' : 'keep';
}

export function effectiveLateMode(schedule: Schedule): LateMode {
  return schedule.lateMode ?? defaultLateMode(schedule.billing);
}

function nextSchedule(schedule: Schedule, payment: Payment): Pick<Schedule, 'rule' | 'nextDue'> {
  const { rule, nextDue } = schedule;
  const { paidOn, periods } = payment;
  const late = compareDates(paidOn, nextDue) > 0;
  if (rule.kind === 'validity') {
    // Validity counts from the payment day whether early or late, unless the line stacks an
    // early top-up on its current expiry. A payment never shortens the time the line already has.
    const from = rule.stack && !late ? nextDue : paidOn;
    const expiry = addDays(from, rule.days * periods);
    return { rule, nextDue: compareDates(expiry, nextDue) > 0 ? expiry : nextDue };
  }
  if (!late || effectiveLateMode(schedule) === 'keep') {
    // On time, early or kept: the cycle goes on from the current due date.
    return { rule, nextDue: advance(rule, nextDue, periods) };
  }
  // A restarted monthly cycle is anchored on the payment day from now on.
  const paidDay = toParts(paidOn).day;
  const restarted: RenewalRule =
    rule.kind === 'monthly' && rule.anchorDay !== paidDay ? { ...rule, anchorDay: paidDay } : rule;
  return { rule: restarted, nextDue: advance(restarted, paidOn, periods) };
}

/**
 * Applies a payment of one or more periods and says what the top-up must record.
 * - Monthly and day cycles paid on or before the due date advance from the due date.
 * - Paid late, they either keep the cycle (advance from the old due date: the periods pay for the
 *   time already missed) or restart it (advance from the payment day; a monthly rule takes the
 *   payment day as its new anchor, and the old rule goes into the record).
 * - Validity: the payment day plus days × periods, or, when the line stacks and pays on or before
 *   its expiry, the expiry plus days × periods; never earlier than the current expiry.
 * Throws a RangeError for fewer than one whole period.
 */
export function applyTopUp(schedule: Schedule, payment: Payment): TopUpOutcome {
  if (!Number.isInteger(payment.periods) || payment.periods < 1) {
    throw new RangeError(`A top-up pays for at least one whole period, not ${payment.periods}`);
  }
  const { rule, nextDue } = nextSchedule(schedule, payment);
  const record: TopUpRecord = { dueBefore: schedule.nextDue, dueAfter: nextDue };
  if (rule !== schedule.rule) record.ruleBefore = schedule.rule;
  return { schedule: { ...schedule, rule, nextDue }, record };
}

/** A stored top-up as far as undoing it is concerned. */
export type LoggedTopUp = { id: string; createdAt: number; dueAfter: PlainDate };

/** The top-up logged last (the greatest createdAt), or undefined when there is none. */
export function latestTopUp<T extends LoggedTopUp>(topUps: readonly T[]): T | undefined {
  return topUps.reduce<T | undefined>(
    (latest, topUp) => (!latest || topUp.createdAt > latest.createdAt ? topUp : latest),
    undefined,
  );
}

/**
 * Whether deleting or editing `topUp` may move the line's dates back. Only the line's latest
 * top-up may, and only while the line is still where that top-up left it: a later top-up was
 * built on its dates, and a due date changed by hand since is the person's word.
 */
export function mayMoveLineBack(
  line: { nextDue: PlainDate },
  topUp: LoggedTopUp,
  lineTopUps: readonly LoggedTopUp[],
): boolean {
  return latestTopUp(lineTopUps)?.id === topUp.id && line.nextDue === topUp.dueAfter;
}

/** Undoes the line's latest top-up: its due date and rule go back to what they were before it. */
export function revertTopUp(schedule: Schedule, record: TopUpRecord): Schedule {
  return { ...schedule, nextDue: record.dueBefore, rule: record.ruleBefore ?? schedule.rule };
}
