// Where a line stands today relative to its due date and the carrier's grace period.
import { addDays, daysBetween, type PlainDate } from './plain-date';

export type LineState =
  | { kind: 'upcoming'; daysLeft: number }
  | { kind: 'due-today' }
  | { kind: 'overdue'; daysOverdue: number }
  | { kind: 'at-risk'; daysOverdue: number };

export type DueLine = { nextDue: PlainDate; graceDays: number };

/**
 * The first day the number is at risk. The grace days are whole days after the due date during
 * which the carrier still keeps the number: due Jan 10 with 3 grace days is overdue Jan 11–13 and
 * at risk from Jan 14. With no grace days the line is at risk the day after it is due.
 */
export function atRiskOn(line: DueLine): PlainDate {
  return addDays(line.nextDue, Math.max(0, line.graceDays) + 1);
}

export function lineState(line: DueLine, today: PlainDate): LineState {
  const daysOverdue = daysBetween(line.nextDue, today);
  if (daysOverdue < 0) return { kind: 'upcoming', daysLeft: -daysOverdue };
  if (daysOverdue === 0) return { kind: 'due-today' };
  if (daysBetween(atRiskOn(line), today) >= 0) return { kind: 'at-risk', daysOverdue };
  return { kind: 'overdue', daysOverdue };
}
