// The carrier's activity rule: a chargeable use of the number at least every N days or months,
// or the number is cut off. Uses are logged like top-ups; a top-up counts where the rule says so.
import { LIMITS } from './limits';
import { addDays, addMonths, compareDates, type PlainDate } from './plain-date';

export const ACTIVITY_KINDS = ['call', 'sms', 'data', 'top-up'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

/** The kinds a person logs as a use; a top-up is logged as a top-up. */
export const USE_KINDS = ['call', 'sms', 'data'] as const;
export type UseKind = (typeof USE_KINDS)[number];

export type ActivityUnit = 'days' | 'months';

/** The largest N of an activity rule in its unit. */
export function activityEveryMax(unit: ActivityUnit): number {
  return unit === 'days' ? LIMITS.activityDaysMax : LIMITS.activityMonthsMax;
}

export interface ActivityRule {
  every: number;
  unit: ActivityUnit;
  /** What the carrier counts as activity; a top-up counts only when listed. */
  counts: ActivityKind[];
  /** The day the rule was set: the clock starts here until a qualifying use is logged. */
  since: PlainDate;
}

export interface LoggedUse {
  usedOn: PlainDate;
  kind: UseKind;
}

/**
 * The last day a use must happen by: `from` plus the interval. Months keep the day of `from`,
 * clamped to the month's length (Aug 31 + 6 months is Feb 28, or 29 in a leap year).
 */
export function activityDueAfter(rule: Pick<ActivityRule, 'every' | 'unit'>, from: PlainDate) {
  return rule.unit === 'days' ? addDays(from, rule.every) : addMonths(from, rule.every);
}

function later(a: PlainDate, b: PlainDate): PlainDate {
  return compareDates(a, b) >= 0 ? a : b;
}

/**
 * The latest day that started the rule's clock: the newest use of a kind the rule counts, the
 * newest top-up when top-ups count, or the day the rule was set, whichever is latest.
 */
export function lastQualifyingDay(
  rule: ActivityRule,
  uses: readonly LoggedUse[],
  topUpDays: readonly PlainDate[],
): PlainDate {
  let last = rule.since;
  for (const use of uses) if (rule.counts.includes(use.kind)) last = later(last, use.usedOn);
  if (rule.counts.includes('top-up')) for (const day of topUpDays) last = later(last, day);
  return last;
}

/**
 * The day the next qualifying use is due by. `lastUsedOn` is lastQualifyingDay of the line's uses
 * and top-ups, which the line keeps; absent, the clock runs from the day the rule was set.
 */
export function activityDue(rule: ActivityRule, lastUsedOn: PlainDate | undefined): PlainDate {
  return activityDueAfter(rule, lastUsedOn ?? rule.since);
}
