// Which alerts a line owes at a given local moment: one reminder for each of its rules that can
// lose the number (the payment, the activity rule, the balance, the credit's expiry), each on the
// day to act by, and one before its port-out PIN expires. The page and the service worker both
// ask; the reminder log keeps each key from being shown twice.
import { LIMITS } from './limits';
import { compareDateTimes, parseTimeOfDay, type LocalDateTime } from './local-date-time';
import { keepAliveSteps, type KeepAliveLine, type NextStep } from './number-lost';
import { addDays, daysBetween, type PlainDate } from './plain-date';

export const DEFAULT_LEAD_DAYS: readonly number[] = [3, 1, 0];
export const DEFAULT_REMINDER_TIME = '09:00';

const DEFAULT_REMINDER_MINUTES = 9 * 60;

/** What a line is reminded of: a step that keeps its number, or its port-out PIN running out. */
export type Reason = NextStep | { cause: 'port-out'; by: PlainDate };
export type ReminderCause = Reason['cause'];

export type ReminderLine = {
  id: string;
  /** What the reminder is for. */
  cause: ReminderCause;
  /** The day to act by: the payment's due date, or the activity's, balance's or credit's. */
  nextDue: PlainDate;
  /** Days before the due date to remind on; 0 is the due date itself. */
  leadDays: readonly number[];
  graceDays: number;
  /** "HH:MM" on the device's clock. */
  reminderTime: string;
  snoozedUntil?: LocalDateTime | null;
};

type PaymentStage = `lead-${number}` | `overdue-${number}`;
/** A payment's stages keep the names they had before the other rules came; the others say theirs. */
export type StageName = PaymentStage | `${Exclude<ReminderCause, 'payment'>}:${PaymentStage}`;

export type ReminderStage = {
  /** `${lineId}|${nextDue}|${stage}`: one alert per line, rule, due date and stage, ever. */
  key: string;
  lineId: string;
  cause: ReminderCause;
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
  const name = `${kind}-${days}` satisfies PaymentStage;
  const stage: StageName = line.cause === 'payment' ? name : `${line.cause}:${name}`;
  return {
    key: reminderKey(line.id, line.nextDue, stage),
    lineId: line.id,
    cause: line.cause,
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

export type RemindedLine = KeepAliveLine & {
  id: string;
  leadDays: readonly number[];
  snoozedUntil?: LocalDateTime | null;
  portOut?: { pinExpiresOn?: PlainDate };
};

/** Every reason the line has to be reminded: its keep-alive steps, then its PIN's expiry. */
export function reasonsOf(line: RemindedLine): Reason[] {
  const pinExpiresOn = line.portOut?.pinExpiresOn;
  const steps: Reason[] = keepAliveSteps(line);
  return pinExpiresOn ? [...steps, { cause: 'port-out', by: pinExpiresOn }] : steps;
}

/** The line's reminders, one per reason, each with the line's lead days; credit has no grace. */
export function remindersOf(line: RemindedLine, reminderTime: string): ReminderLine[] {
  return reasonsOf(line).map((reason) => ({
    id: line.id,
    cause: reason.cause,
    nextDue: reason.by,
    leadDays: line.leadDays,
    graceDays: reason.cause === 'credit' || reason.cause === 'port-out' ? 0 : line.graceDays,
    reminderTime,
    snoozedUntil: line.snoozedUntil ?? null,
  }));
}

/**
 * Every stage the line owes now, at most one per reason (see dueStages). A PIN is reminded of
 * only before it expires: once it has, a new one is asked for when it is needed, not every day.
 */
export function owedStages(
  line: RemindedLine,
  reminderTime: string,
  now: LocalDateTime,
): ReminderStage[] {
  return remindersOf(line, reminderTime)
    .flatMap((reminder) => dueStages(reminder, now))
    .filter((stage) => stage.cause !== 'port-out' || stage.kind === 'lead');
}

/** Each stage the line owes now, with the reason it is for. */
export function owedReminders(
  line: RemindedLine,
  reminderTime: string,
  now: LocalDateTime,
): { stage: ReminderStage; reason: Reason }[] {
  const reasons = reasonsOf(line);
  return owedStages(line, reminderTime, now).flatMap((stage) => {
    const reason = reasons.find(({ cause }) => cause === stage.cause);
    return reason ? [{ stage, reason }] : [];
  });
}

/** Snoozing silences a line until the reminder time tomorrow. */
export function snoozeUntil(now: LocalDateTime, reminderTime: string): LocalDateTime {
  return { date: addDays(now.date, 1), minutes: reminderMinutes(reminderTime) };
}

/**
 * Counted on the app badge: one of the line's rules is inside its reminder window (at or after
 * its earliest lead day) or past its day. A line with no lead days counts from that day.
 */
export function needsAttention(
  line: KeepAliveLine & { leadDays: readonly number[] },
  today: PlainDate,
): boolean {
  const window = Math.max(0, ...normalizeLeadDays(line.leadDays));
  return keepAliveSteps(line).some((step) => daysBetween(today, step.by) <= window);
}

/** The app badge's number: lines not archived that need attention today. */
export function attentionCount(
  lines: readonly (KeepAliveLine & { leadDays: readonly number[]; archived: boolean })[],
  today: PlainDate,
): number {
  return lines.filter((line) => !line.archived && needsAttention(line, today)).length;
}
