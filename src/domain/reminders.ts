// Which due-date alert a line owes at a given local moment. The page and the service worker both
// ask; the reminder log keeps each key from being shown twice.
import { LIMITS } from './limits';
import { compareDateTimes, parseTimeOfDay, type LocalDateTime } from './local-date-time';
import { addDays, daysBetween, type PlainDate } from './plain-date';

export const DEFAULT_LEAD_DAYS: readonly number[] = [3, 1, 0];
export const DEFAULT_REMINDER_TIME = '09:00';

const DEFAULT_REMINDER_MINUTES = 9 * 60;

export type ReminderLine = {
  id: string;
  nextDue: PlainDate;
  /** Days before the due date to remind on; 0 is the due date itself. */
  leadDays: readonly number[];
  graceDays: number;
  /** "HH:MM" on the device's clock. */
  reminderTime: string;
  snoozedUntil?: LocalDateTime | null;
};

export type StageName = `lead-${number}` | `overdue-${number}`;

export type ReminderStage = {
  /** `${lineId}|${nextDue}|${stage}`: one alert per line, due date and stage, ever. */
  key: string;
  lineId: string;
  nextDue: PlainDate;
  stage: StageName;
  kind: 'lead' | 'overdue';
  /** Days before the due date for a lead stage, days past it for an overdue one. */
  days: number;
  /** Past the grace days, so the number itself may be lost. */
  atRisk: boolean;
  /** The moment the stage came. */
  at: LocalDateTime;
};

export function reminderKey(lineId: string, nextDue: PlainDate, stage: StageName): string {
  return `${lineId}|${nextDue}|${stage}`;
}

/** Whole days from 0 to the limit, each once, latest reminder first. */
export function normalizeLeadDays(days: readonly number[]): number[] {
  const valid = days.filter((day) => Number.isInteger(day) && day >= 0 && day <= LIMITS.leadDayMax);
  return [...new Set(valid)].sort((a, b) => b - a);
}

// An unreadable time falls back to the default rather than silencing the line.
function reminderMinutes(reminderTime: string): number {
  return parseTimeOfDay(reminderTime) ?? DEFAULT_REMINDER_MINUTES;
}

function stageOf(
  line: ReminderLine,
  kind: 'lead' | 'overdue',
  days: number,
  minutes: number,
): ReminderStage {
  const stage = `${kind}-${days}` satisfies StageName;
  return {
    key: reminderKey(line.id, line.nextDue, stage),
    lineId: line.id,
    nextDue: line.nextDue,
    stage,
    kind,
    days,
    atRisk: kind === 'overdue' && days > line.graceDays,
    at: { date: addDays(line.nextDue, kind === 'lead' ? -days : days), minutes },
  };
}

/** The last stage whose moment is at or before `now`, ignoring any snooze. */
function latestStage(line: ReminderLine, now: LocalDateTime): ReminderStage | null {
  const minutes = reminderMinutes(line.reminderTime);
  const lastDay = now.minutes >= minutes ? now.date : addDays(now.date, -1);
  const daysPast = daysBetween(line.nextDue, lastDay);
  if (daysPast > 0) return stageOf(line, 'overdue', daysPast, minutes);
  const lead = normalizeLeadDays(line.leadDays).findLast((day) => day >= -daysPast);
  return lead === undefined ? null : stageOf(line, 'lead', lead, minutes);
}

function snoozedAt(line: ReminderLine, now: LocalDateTime): LocalDateTime | null {
  const until = line.snoozedUntil;
  return until && compareDateTimes(now, until) < 0 ? until : null;
}

/**
 * The alert the line owes now: only the latest stage that has come, so a device that slept for a
 * week shows one current alert instead of a week of stale ones. Lead stage L comes at the reminder
 * time L days before the due date; then `overdue-N` comes at the reminder time N days after it.
 * Empty before the first stage and while the line is snoozed.
 */
export function dueStages(line: ReminderLine, now: LocalDateTime): ReminderStage[] {
  const stage = snoozedAt(line, now) ? null : latestStage(line, now);
  return stage ? [stage] : [];
}

/** Snoozing silences a line until the reminder time tomorrow. */
export function snoozeUntil(now: LocalDateTime, reminderTime: string): LocalDateTime {
  return { date: addDays(now.date, 1), minutes: reminderMinutes(reminderTime) };
}

/**
 * Counted on the app badge: the line is inside its reminder window (at or after its earliest lead
 * day) or past its due date. A line with no lead days counts from its due date.
 */
export function needsAttention(
  line: { nextDue: PlainDate; leadDays: readonly number[] },
  today: PlainDate,
): boolean {
  const window = Math.max(0, ...normalizeLeadDays(line.leadDays));
  return daysBetween(today, line.nextDue) <= window;
}

/** The app badge's number: lines not archived that need attention today. */
export function attentionCount(
  lines: readonly { nextDue: PlainDate; leadDays: readonly number[]; archived: boolean }[],
  today: PlainDate,
): number {
  return lines.filter((line) => !line.archived && needsAttention(line, today)).length;
}
