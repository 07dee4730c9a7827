// An iCalendar (RFC 5545) writer for all-day events with alarms: text escaping, lines folded at
// 75 octets without splitting a character, CRLF line ends, and at least one event.
import { addDays, toParts, type PlainDate } from './plain-date';
import { MINUTES_PER_DAY } from './local-date-time';

export type CalendarAlarm = {
  /** Minutes from the start of the event's day (local midnight); negative is before it. */
  minutesFromStart: number;
  description: string;
};

export type CalendarEvent = {
  /** Stable across exports, so that importing again updates events instead of duplicating them. */
  uid: string;
  date: PlainDate;
  summary: string;
  description: string;
  alarms: CalendarAlarm[];
};

/** RFC 5545 gives a VCALENDAR at least one component: a file of no event is not a calendar. */
export type CalendarEvents = readonly [CalendarEvent, ...CalendarEvent[]];

export type CalendarOptions = {
  name: string;
  /** The export's instant in ms since the epoch: every event's DTSTAMP. */
  stamp: number;
  language: string;
};

const MAX_OCTETS = 75;
const encoder = new TextEncoder();

/**
 * The control characters (C0, DEL, C1) that a TEXT value may not hold: RFC 5545 3.3.11 allows HTAB
 * only, and line breaks are escaped. A name or a note pasted with one would otherwise make a file
 * that calendar apps refuse or read wrong.
 */
const FORBIDDEN_CONTROLS = /(?![\t\n\r])\p{Cc}/gu;

/** TEXT value escaping: control characters dropped; backslash, semicolon, comma, line breaks escaped. */
export function escapeText(text: string): string {
  return (
    text
      .replace(FORBIDDEN_CONTROLS, '')
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      // U+2028 and U+2029 are line breaks too, written as one: readers that match a content line
      // with a JavaScript "." (node-ical among them) drop a line that holds one raw.
      .replace(/\r\n|[\r\n\u2028\u2029]/g, '\\n')
  );
}

/** Splits a content line into pieces of at most 75 octets, continued by CRLF and one space. */
export function foldLine(line: string): string {
  const pieces: string[] = [];
  let piece = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // Continuation lines begin with a space, which counts towards their 75 octets.
    const limit = pieces.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (octets + size > limit) {
      pieces.push(piece);
      piece = '';
      octets = 0;
    }
    piece += char;
    octets += size;
  }
  pieces.push(piece);
  return pieces.join('\r\n ');
}

/** A DURATION value ("-P2DT15H", "PT9H") for a whole number of minutes. */
export function formatDuration(totalMinutes: number): string {
  const sign = totalMinutes < 0 ? '-' : '';
  let rest = Math.abs(totalMinutes);
  const days = Math.floor(rest / MINUTES_PER_DAY);
  rest -= days * MINUTES_PER_DAY;
  const hours = Math.floor(rest / 60);
  const minutes = rest - hours * 60;
  const time = `${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}`;
  if (!days && !time) return 'PT0M';
  return `${sign}P${days ? `${days}D` : ''}${time ? `T${time}` : ''}`;
}

function dateValue(date: PlainDate): string {
  const { year, month, day } = toParts(date);
  return `${String(year).padStart(4, '0')}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}`;
}

function stampValue(stamp: number): string {
  return new Date(stamp)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

function eventLines(event: CalendarEvent, stamp: string): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${dateValue(event.date)}`,
    `DTEND;VALUE=DATE:${dateValue(addDays(event.date, 1))}`,
    `SUMMARY:${escapeText(event.summary)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    'TRANSP:TRANSPARENT',
    ...event.alarms.flatMap((alarm) => [
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `TRIGGER:${formatDuration(alarm.minutesFromStart)}`,
      `DESCRIPTION:${escapeText(alarm.description)}`,
      'END:VALARM',
    ]),
    'END:VEVENT',
  ];
}

/** The calendar file's text. */
export function icalendar(events: CalendarEvents, options: CalendarOptions): string {
  // The type already asks for an event; this catches a caller that got round it.
  if (events.length === 0) throw new RangeError('A calendar needs at least one event');
  const stamp = stampValue(options.stamp);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//Topup//Top-up reminders//${options.language.toUpperCase()}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.name)}`,
    ...events.flatMap((event) => eventLines(event, stamp)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
