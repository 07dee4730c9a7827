// How a line's due date moves forward: the three ways carriers renew a plan.
import { LIMITS } from './limits';
import { addDays, addMonths, type PlainDate, toParts } from './plain-date';

export type RenewalRule =
  /** Every N calendar months on a stored anchor day (1–31), clamped to short months. Yearly is N = 12. */
  | { kind: 'monthly'; every: number; anchorDay: number }
  /** Every N days counted from the previous due date. */
  | { kind: 'days'; every: number }
  /** Each top-up keeps the line alive N days from the payment (or, stacked, from the current expiry). */
  | { kind: 'validity'; days: number; stack: boolean };

export type RuleField = 'every' | 'anchorDay' | 'days';

export type RuleError = {
  field: RuleField;
  problem: 'not-integer' | 'too-small' | 'too-large';
  min: number;
  max: number;
};

function checkRange(field: RuleField, value: number, max: number): RuleError[] {
  const bounds = { field, min: 1, max };
  if (!Number.isInteger(value)) return [{ ...bounds, problem: 'not-integer' }];
  if (value < 1) return [{ ...bounds, problem: 'too-small' }];
  if (value > max) return [{ ...bounds, problem: 'too-large' }];
  return [];
}

/** Every problem with a rule's numbers; an empty list means the rule is usable. */
export function validateRule(rule: RenewalRule): RuleError[] {
  switch (rule.kind) {
    case 'monthly':
      return [
        ...checkRange('every', rule.every, LIMITS.everyMonthsMax),
        ...checkRange('anchorDay', rule.anchorDay, LIMITS.anchorDayMax),
      ];
    case 'days':
      return checkRange('every', rule.every, LIMITS.everyDaysMax);
    case 'validity':
      return checkRange('days', rule.days, LIMITS.everyDaysMax);
  }
}

/**
 * The anchor day of a monthly rule due on `nextDue`: the day of that date, except that a due date
 * left as it was stored keeps the stored anchor, so a line anchored on the 31st stays so while
 * its due date is Feb 28.
 */
export function anchorDayFor(
  nextDue: PlainDate,
  stored?: { rule: RenewalRule; nextDue: PlainDate },
): number {
  const rule = stored?.rule;
  if (rule?.kind === 'monthly' && stored?.nextDue === nextDue) return rule.anchorDay;
  return toParts(nextDue).day;
}

/**
 * The due date a whole number of periods after `from`. A monthly rule lands on its anchor day
 * (clamped), whatever the day of `from`; a validity rule counts its days like a day cycle.
 */
export function advance(rule: RenewalRule, from: PlainDate, periods: number): PlainDate {
  if (!Number.isInteger(periods) || periods < 0) {
    throw new RangeError(`Not a number of periods: ${periods}`);
  }
  if (periods === 0) return from;
  switch (rule.kind) {
    case 'monthly':
      return addMonths(from, rule.every * periods, rule.anchorDay);
    case 'days':
      return addDays(from, rule.every * periods);
    case 'validity':
      return addDays(from, rule.days * periods);
  }
}

/**
 * The next `count` due dates starting with `nextDue`, each counted from `nextDue` itself so that
 * clamping never accumulates. For a validity rule this assumes each top-up is paid on its due date.
 */
export function upcomingDueDates(
  rule: RenewalRule,
  nextDue: PlainDate,
  count: number,
): PlainDate[] {
  return Array.from({ length: Math.max(0, count) }, (_, index) => advance(rule, nextDue, index));
}
