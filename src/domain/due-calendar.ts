// The calendar export: every line's due dates for the next 12 months as all-day events, each with
// an alarm per lead day at the reminder time, worded like the app's own alerts.
import { alertMessages, type AlertSubject, type Translate } from './alert-notification';
import type { CalendarEvent } from './icalendar';
import { MINUTES_PER_DAY, parseTimeOfDay } from './local-date-time';
import { addDays, addMonths, compareDates, type PlainDate } from './plain-date';
import { DEFAULT_REMINDER_TIME, normalizeLeadDays } from './reminders';
import { advance, type RenewalRule } from './renewal-rule';

export type CalendarLine = AlertSubject & {
  phone: string;
  rule: RenewalRule;
  leadDays: readonly number[];
};

/** More than a year of daily due dates: a bound on a runaway rule, never reached by a valid one. */
const MAX_EVENTS_PER_LINE = 400;

/** From the line's next due date (even when it is already past) up to 12 months after today. */
export function dueDatesWithinYear(line: CalendarLine, today: PlainDate): PlainDate[] {
  const end = addMonths(today, 12);
  const dates: PlainDate[] = [];
  for (let index = 0; index < MAX_EVENTS_PER_LINE; index++) {
    // Each date counted from nextDue itself, so month-end clamping never accumulates.
    const date = advance(line.rule, line.nextDue, index);
    if (compareDates(date, end) >= 0) break;
    dates.push(date);
  }
  return dates;
}

export function dueCalendarEvents(
  lines: readonly CalendarLine[],
  today: PlainDate,
  reminderTime: string,
  locale: string,
  translate: Translate,
): CalendarEvent[] {
  const minutes = parseTimeOfDay(reminderTime) ?? parseTimeOfDay(DEFAULT_REMINDER_TIME) ?? 0;
  return lines.flatMap((line) =>
    dueDatesWithinYear(line, today).map((date) => {
      const due = { ...line, nextDue: date };
      const { body } = alertMessages(due, date, locale);
      const phone = line.phone.trim();
      return {
        uid: `${line.id}-${date}@topup`,
        date,
        summary: translate({ key: 'calendar.summary', values: { name: line.name } }),
        description: [
          ...body.map(translate),
          ...(phone ? [translate({ key: 'calendar.phone', values: { phone } })] : []),
        ].join('\n'),
        alarms: normalizeLeadDays(line.leadDays).map((lead) => ({
          minutesFromStart: -lead * MINUTES_PER_DAY + minutes,
          description: translate(alertMessages(due, addDays(date, -lead), locale).title),
        })),
      };
    }),
  );
}
