// A moment on the device's own clock: a calendar date and the minutes since local midnight.
// Reminders are set for a time of day wherever the phone is, so they are never stored as instants.
import { compareDates, plainDate, type PlainDate } from './plain-date';

export type LocalDateTime = { date: PlainDate; minutes: number };

export const MINUTES_PER_DAY = 1440;

/** Negative when a comes first, zero when equal, positive when b does. */
export function compareDateTimes(a: LocalDateTime, b: LocalDateTime): number {
  return compareDates(a.date, b.date) || a.minutes - b.minutes;
}

/** Minutes since midnight from "HH:MM" (00:00–23:59), or null. */
export function parseTimeOfDay(text: string): number | null {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(text);
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

/** The device's calendar date and time of day at an instant (the caller passes "now"). */
export function localDateTimeOf(instant: Date): LocalDateTime {
  return {
    date: plainDate(instant.getFullYear(), instant.getMonth() + 1, instant.getDate()),
    minutes: instant.getHours() * 60 + instant.getMinutes(),
  };
}
