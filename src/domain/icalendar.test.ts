import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { CALENDAR_READERS } from './calendar-readers.fixture';
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

/** Every C0 control but HTAB, CR and LF, then DEL and every C1 control. */
const FORBIDDEN = [
  ...Array.from({ length: 0x20 }, (_, code) => code).filter((code) => ![9, 10, 13].includes(code)),
  ...Array.from({ length: 0x21 }, (_, index) => 0x7f + index),
].map((code) => String.fromCharCode(code));

/** Any text, often with control characters and line breaks in it. */
const anyText = fc.string({
  unit: fc.oneof(
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
    fc.constantFrom(...FORBIDDEN, '\t', '\r', '\n', '\r\n', '\u2028', '\u2029'),
  ),
  maxLength: 120,
});

/** What a reader should give back: no forbidden control, and every line break as \n. */
const expectedText = (text: string) =>
  Array.from(text)
    .filter((char) => !FORBIDDEN.includes(char))
    .join('')
    .replace(/\r\n|[\r\u2028\u2029]/g, '\n');

describe('escapeText', () => {
  it('escapes backslash, semicolon, comma and line breaks', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('writes the Unicode line and paragraph separators as line breaks', () => {
    expect(escapeText('a\u2028b\u2029c')).toBe('a\\nb\\nc');
  });

  it('drops VT, FF, BEL, ESC, NUL, DEL and C1 controls, and keeps a tab', () => {
    expect(escapeText('a\u000bb\u000cc\u0007d\u001be\u0000f\u007fg\u0085h\u009fi\tj')).toBe(
      'abcdefghi\tj',
    );
  });

  it('leaves no control character but a tab in any text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(escapeText(text)).not.toMatch(/[^\P{Cc}\t]/u);
      }),
    );
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

  it('refuses to write a calendar of no event', () => {
    // @ts-expect-error: the type asks for one event at least.
    expect(() => icalendar([], options)).toThrow(RangeError);
  });

  it('writes no control character but its CRLF line ends', () => {
    const controls = 'Mint\u000b\u000c\u0007\u001b\u0000\u007f\u0085';
    const written = icalendar(
      [
        {
          ...event,
          summary: controls,
          description: controls,
          alarms: [{ minutesFromStart: 0, description: controls }],
        },
      ],
      { ...options, name: controls },
    );
    expect(written.replace(/\r\n/g, '')).not.toMatch(/\p{Cc}/u);
  });

  describe.each(CALENDAR_READERS)('read back by %s', (_, read) => {
    it('holds one all-day event on its date, its text intact', () => {
      const { name, events } = read(text);
      expect(name).toBe('Topup due dates');
      expect(events).toEqual([
        {
          uid: 'line-1-2027-01-31@topup',
          start: '2027-01-31',
          end: '2027-02-01',
          allDay: true,
          summary: 'Top up Mint; home, "US"',
          description: 'Line one\nLine two \\ end',
          alarms: [
            { action: 'DISPLAY', trigger: '-P2DT15H', description: 'Due in 3 days' },
            { action: 'DISPLAY', trigger: 'PT9H', description: 'Due today' },
          ],
        },
      ]);
    });

    it('reads every text back without its control characters', () => {
      fc.assert(
        fc.property(anyText, anyText, anyText, anyText, (name, summary, description, alarm) => {
          const written = icalendar(
            [
              {
                ...event,
                summary,
                description,
                alarms: [{ minutesFromStart: 0, description: alarm }],
              },
            ],
            { ...options, name },
          );
          const calendar = read(written);
          expect(calendar.name).toBe(expectedText(name));
          const [first] = calendar.events;
          expect(first?.summary).toBe(expectedText(summary));
          expect(first?.description).toBe(expectedText(description));
          expect(first?.alarms[0]?.description).toBe(expectedText(alarm));
        }),
      );
    });
  });
});
