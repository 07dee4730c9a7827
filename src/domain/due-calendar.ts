// The calendar export: every line's next due date, however far ahead, then its due dates for the
// next 12 months, and the day each of its other reasons comes (use it, top the balance up, the
// credit's or the port-out PIN's expiry), as all-day events, each with an alarm per lead day at
// the reminder time, worded like the app's own alerts.
import { alertMessages, alertText, type AlertSubject } from './alert-notification';
import type { Translate } from './translate';
import type { CalendarEvent, CalendarEvents } from './icalendar';
import { MINUTES_PER_DAY, parseTimeOfDay } from './local-date-time';
import { addDays, addMonths, compareDates, type PlainDate } from './plain-date';
import {
  DEFAULT_REMINDER_TIME,
  normalizeLeadDays,
  reasonsOf,
  type Reason,
  type RemindedLine,
} from './reminders';
import { advance, type RenewalRule } from './renewal-rule';

export type CalendarLine = AlertSubject &
  RemindedLine & {
    phone: string;
    rule: RenewalRule;
    leadDays: readonly number[];
  };

/** More than a year of daily due dates: a bound on a runaway rule, never reached by a valid one. */
const MAX_EVENTS_PER_LINE = 400;

/**
 * The line's next due date whatever it is, then its later due dates before the same day 12 months
 * after today. The next due date is the one the user must act on, so it is always there: already
 * past, or beyond the window, as a yearly plan is once paid on or before its due date.
 */
export function dueDatesWithinYear(
  line: CalendarLine,
  today: PlainDate,
): [PlainDate, ...PlainDate[]] {
  const end = addMonths(today, 12);
  const dates: [PlainDate, ...PlainDate[]] = [line.nextDue];
  for (let index = 1; index < MAX_EVENTS_PER_LINE; index++) {
    // Each date counted from nextDue itself, so month-end clamping never accumulates.
    const date = advance(line.rule, line.nextDue, index);
    if (compareDates(date, end) >= 0) break;
    dates.push(date);
  }
  return dates;
}

/** Like Array.map, keeping in the type that the list is not empty. */
function mapNonEmpty<T, U>(items: readonly [T, ...T[]], map: (item: T) => U): [U, ...U[]] {
  const [first, ...rest] = items;
  return [map(first), ...rest.map(map)];
}

/** Every line gives at least its next due date, so the events of one line or more are never none. */
export function dueCalendarEvents(
  lines: readonly [CalendarLine, ...CalendarLine[]],
  today: PlainDate,
  reminderTime: string,
  locale: string,
  translate: Translate,
): CalendarEvents {
  const minutes = parseTimeOfDay(reminderTime) ?? parseTimeOfDay(DEFAULT_REMINDER_TIME) ?? 0;
  // One alarm per lead day at the reminder time, worded as the alert of that day would be.
  const alarms = (line: CalendarLine, date: PlainDate, titleOn: (day: PlainDate) => string) =>
    normalizeLeadDays(line.leadDays).map((lead) => ({
      minutesFromStart: -lead * MINUTES_PER_DAY + minutes,
      description: titleOn(addDays(date, -lead)),
    }));
  const phoneLines = (line: CalendarLine) => {
    const phone = line.phone.trim();
    return phone ? [translate({ key: 'calendar.phone', values: { phone } })] : [];
  };
  const paymentEvents = (line: CalendarLine) =>
    mapNonEmpty(dueDatesWithinYear(line, today), (date): CalendarEvent => {
      const due = { ...line, nextDue: date };
      const { body } = alertMessages(due, date, locale);
      return {
        uid: `${line.id}-${date}@topup`,
        date,
        summary: translate({ key: 'calendar.summary', values: { name: line.name } }),
        description: [...body.map(translate), ...phoneLines(line)].join('\n'),
        alarms: alarms(line, date, (day) => translate(alertMessages(due, day, locale).title)),
      };
    });
  const reasonEvent = (line: CalendarLine, reason: Reason): CalendarEvent => {
    const textOn = (day: PlainDate) => alertText(line, reason, day, locale, translate);
    const { title, body } = textOn(reason.by);
    return {
      uid: `${line.id}-${reason.cause}-${reason.by}@topup`,
      date: reason.by,
      summary: title,
      description: [...body, ...phoneLines(line)].join('\n'),
      alarms: alarms(line, reason.by, (day) => textOn(day).title),
    };
  };
  const eventsOfLine = (line: CalendarLine): [CalendarEvent, ...CalendarEvent[]] => [
    ...paymentEvents(line),
    ...reasonsOf(line)
      .filter((reason) => reason.cause !== 'payment')
      .map((reason) => reasonEvent(line, reason)),
  ];
  const [first, ...rest] = lines;
  return [...eventsOfLine(first), ...rest.flatMap(eventsOfLine)];
}
