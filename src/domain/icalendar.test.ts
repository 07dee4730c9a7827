import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { d } from './dates.fixture';
import { escapeText, foldLine, formatDuration, icalendar, type CalendarEvent } from './icalendar';

const event: CalendarEvent = {
  uid: 'line-1-2027-01-31@topup',
  date: d('2027-01-31'),
  summary: 'Top up Mint; home, "US"',
  description: 'Line one\nLine two \\ end',
  alarms: [
    { minutesFromStart: -3 * 1440 + 540, description: 'Due in 3 days' },
    { minutesFromStart: 540, description: 'Due today' },
  ],
};

const options = { name: 'Topup due dates', stamp: Date.UTC(2027, 0, 20, 10, 0, 0), language: 'en' };

function parse(text: string) {
  return new ICAL.Component(ICAL.parse(text));
}

const octets = (text: string) => new TextEncoder().encode(text).length;

describe('escapeText', () => {
  it('escapes backslash, semicolon, comma and line breaks', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });
});

describe('foldLine', () => {
  it('leaves a line of 75 octets alone and folds the 76th onto a continuation line', () => {
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
  });

  it('never splits a character, and keeps every physical line within 75 octets', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        const folded = foldLine(`SUMMARY:${text}`);
        for (const physical of folded.split('\r\n'))
          expect(octets(physical)).toBeLessThanOrEqual(75);
        expect(folded.replace(/\r\n /g, '')).toBe(`SUMMARY:${text}`);
      }),
    );
  });

  it('counts octets, not characters, for Chinese text', () => {
    const folded = foldLine(`SUMMARY:${'充值'.repeat(30)}`);
    expect(folded.split('\r\n').map(octets)).toEqual([74, 73, 43]);
  });
});

describe('formatDuration', () => {
  it.each([
    [540, 'PT9H'],
    [-3 * 1440 + 540, '-P2DT15H'],
    [-1440 + 570, '-PT14H30M'],
    [-2 * 1440, '-P2D'],
    [0, 'PT0M'],
  ])('%i minutes is %s', (minutes, text) => {
    expect(formatDuration(minutes)).toBe(text);
  });
});

describe('icalendar', () => {
  const text = icalendar([event], options);

  it('opens with the calendar header and marks each event free time', () => {
    expect(text.split('\r\n').slice(0, 6)).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Topup//Top-up reminders//EN',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'X-WR-CALNAME:Topup due dates',
    ]);
    expect(text).toContain('\r\nTRANSP:TRANSPARENT\r\n');
    expect(text).toContain('\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n');
  });

  it('ends every line with CRLF', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('parses as a calendar with one all-day event, its text intact', () => {
    const calendar = parse(text);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Topup due dates');
    const [vevent] = calendar.getAllSubcomponents('vevent');
    const parsed = new ICAL.Event(vevent);
    expect(parsed.uid).toBe('line-1-2027-01-31@topup');
    expect(parsed.summary).toBe('Top up Mint; home, "US"');
    expect(parsed.description).toBe('Line one\nLine two \\ end');
    expect(parsed.startDate.isDate).toBe(true);
    expect(parsed.startDate.toString()).toBe('2027-01-31');
    expect(parsed.endDate.toString()).toBe('2027-02-01');
    expect(vevent?.getFirstPropertyValue('dtstamp')?.toString()).toBe('2027-01-20T10:00:00Z');
  });

  it('has one display alarm per lead day, at the reminder time', () => {
    const [vevent] = parse(text).getAllSubcomponents('vevent');
    const alarms = vevent?.getAllSubcomponents('valarm') ?? [];
    expect(alarms.map((alarm) => alarm.getFirstPropertyValue('action'))).toEqual([
      'DISPLAY',
      'DISPLAY',
    ]);
    const triggers = alarms.map((alarm) => {
      const trigger = alarm.getFirstPropertyValue('trigger');
      return trigger instanceof ICAL.Duration ? trigger.toSeconds() / 60 : null;
    });
    expect(triggers).toEqual([-3 * 1440 + 540, 540]);
    expect(alarms.map((alarm) => alarm.getFirstPropertyValue('description'))).toEqual([
      'Due in 3 days',
      'Due today',
    ]);
  });

  it('keeps any summary exactly through a real parser', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (summary) => {
        const parsed = parse(icalendar([{ ...event, summary }], options));
        const vevent = parsed.getFirstSubcomponent('vevent');
        // A parser cannot tell a lone CR from a line end; line breaks are written as \n.
        expect(vevent?.getFirstPropertyValue('summary') ?? '').toBe(
          summary.replace(/\r\n|\r/g, '\n'),
        );
      }),
    );
  });
});
