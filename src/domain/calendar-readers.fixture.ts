// For tests: an exported calendar read back by two independent iCalendar parsers, each brought to
// the same plain shape, so that a test holds the file to more than one reader's leniency.
import ICAL from 'ical.js';
import nodeIcal, { type ParameterValue, type VEvent } from 'node-ical';

export type ReadAlarm = { action: string; trigger: string; description: string };

export type ReadEvent = {
  uid: string;
  /** DTSTART as YYYY-MM-DD. */
  start: string;
  end: string;
  /** DTSTART is a DATE (VALUE=DATE), not a DATE-TIME. */
  allDay: boolean;
  summary: string;
  description: string;
  alarms: ReadAlarm[];
};

export type ReadCalendar = { name: string; events: ReadEvent[] };

export type CalendarReader = (text: string) => ReadCalendar;

// ical.js leaves a property it has no design for escaped, as an opaque value; X-WR-CALNAME is TEXT
// to the calendar apps that show it, so the reader is told so.
const icalJsProperties: Record<string, { defaultType: string }> = ICAL.design.icalendar.property;
icalJsProperties['x-wr-calname'] ??= { defaultType: 'text' };

function icalJsText(component: ICAL.Component, name: string): string {
  const value = component.getFirstPropertyValue(name);
  return typeof value === 'string' ? value : '';
}

function readWithIcalJs(text: string): ReadCalendar {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map((vevent): ReadEvent => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      start: event.startDate.toString(),
      end: event.endDate.toString(),
      allDay: event.startDate.isDate && vevent.getFirstProperty('dtstart')?.type === 'date',
      summary: event.summary,
      description: event.description,
      alarms: vevent.getAllSubcomponents('valarm').map((alarm) => {
        const trigger = alarm.getFirstPropertyValue('trigger');
        return {
          action: icalJsText(alarm, 'action'),
          trigger: trigger instanceof ICAL.Duration ? trigger.toString() : '',
          description: icalJsText(alarm, 'description'),
        };
      }),
    };
  });
  return { name: icalJsText(calendar, 'x-wr-calname'), events };
}

function plainText(value: ParameterValue | undefined): string {
  if (value === undefined) return '';
  return typeof value === 'string' ? value : value.val;
}

/** node-ical makes a DATE a Date at local midnight. */
function localDate(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function isEvent(component: unknown): component is VEvent {
  return typeof component === 'object' && component !== null && 'type' in component
    ? component.type === 'VEVENT'
    : false;
}

function readWithNodeIcal(text: string): ReadCalendar {
  // Components come keyed by UID, in the file's order: UIDs are never integer-like keys.
  const data = nodeIcal.sync.parseICS(text);
  const events = Object.values(data)
    .filter(isEvent)
    .map((event): ReadEvent => ({
      uid: event.uid,
      start: localDate(event.start),
      end: event.end ? localDate(event.end) : '',
      allDay: event.datetype === 'date' && event.start.dateOnly === true,
      summary: plainText(event.summary),
      description: plainText(event.description),
      alarms: (event.alarms ?? []).map((alarm) => ({
        action: alarm.action,
        trigger: alarm.trigger,
        description: alarm.description ?? '',
      })),
    }));
  return { name: data.vcalendar?.['WR-CALNAME'] ?? '', events };
}

export const CALENDAR_READERS: readonly [string, CalendarReader][] = [
  ['ical.js', readWithIcalJs],
  ['node-ical', readWithNodeIcal],
];
