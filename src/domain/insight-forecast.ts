// The payments coming up: each active line's due dates over the next days, from its renewal rule,
// each at the line's current price. A line that renews from its balance lists the renewals the
// balance pays as paid from it: money already topped up, not money still to find.
import { projectBalance } from './balance';
import type { Money } from './money';
import { dueOn, type LineBalance } from './number-lost';
import { addDays, compareDates, daysBetween, type PlainDate } from './plain-date';
import { upcomingDueDates, type RenewalRule } from './renewal-rule';

export const FORECAST_DAYS = 90;

export interface ForecastLine {
  id: string;
  rule: RenewalRule;
  nextDue: PlainDate;
  price: Money;
  archived: boolean;
  balance?: LineBalance;
}

export interface ForecastPayment {
  lineId: string;
  due: PlainDate;
  amount: Money;
  /** The line's current due date, already past: owed now rather than on its date. */
  overdue: boolean;
  /** Taken from a balance that covers it, rather than paid. */
  fromBalance: boolean;
}

/** The last day forecast: `days` days counted with today. */
export function forecastEnd(today: PlainDate, days = FORECAST_DAYS): PlainDate {
  return addDays(today, days - 1);
}

/** No two due dates after the first are closer than this (a calendar month has 28 days or more). */
function shortestPeriod(rule: RenewalRule): number {
  switch (rule.kind) {
    case 'monthly':
      return 28 * rule.every;
    case 'days':
      return rule.every;
    case 'validity':
      return rule.days;
  }
}

/**
 * Every payment due from today through `forecastEnd`, by date (then line id). An overdue line
 * owes its current due date now, so that date is listed (marked overdue) followed by its later
 * due dates from today on; dates it skipped in between are not guessed at. Archived lines are left
 * out. A validity line is assumed to be topped up on each expiry.
 */
export function forecastPayments(
  lines: readonly ForecastLine[],
  today: PlainDate,
  days = FORECAST_DAYS,
): ForecastPayment[] {
  const end = forecastEnd(today, days);
  const payments: ForecastPayment[] = [];
  for (const line of lines) {
    const nextDue = dueOn(line, today);
    if (line.archived || compareDates(nextDue, end) > 0) continue;
    const { balance } = line;
    const lastCovered = balance?.renewsFromBalance
      ? projectBalance(balance, line.price, line.rule, line.nextDue)?.lastCovered
      : undefined;
    // The first date is nextDue itself; the dates after it lie at least one shortest period apart.
    const count = Math.floor(daysBetween(nextDue, end) / shortestPeriod(line.rule)) + 2;
    for (const due of upcomingDueDates(line.rule, nextDue, count)) {
      if (compareDates(due, end) > 0) break;
      const overdue = due === nextDue && compareDates(due, today) < 0;
      const fromBalance = lastCovered !== undefined && compareDates(due, lastCovered) <= 0;
      if (overdue || compareDates(due, today) >= 0) {
        payments.push({ lineId: line.id, due, amount: { ...line.price }, overdue, fromBalance });
      }
    }
  }
  return payments.sort((a, b) => compareDates(a.due, b.due) || a.lineId.localeCompare(b.lineId));
}
