import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Message } from './translate';
import { CALENDAR_READERS } from './calendar-readers.fixture';
import { d } from './dates.fixture';
import { dueCalendarEvents, dueDatesWithinYear, type CalendarLine } from './due-calendar';
import { icalendar } from './icalendar';
import { addDays, addMonths, compareDates } from './plain-date';
import type { RenewalRule } from './renewal-rule';
import { applyTopUp } from './top-up';

const line: CalendarLine = {
  id: 'mint',
  name: 'Mint',
  carrier: 'Mint Mobile',
  phone: '+1 415 555 0100',
  price: { minor: 1500, currency: 'USD' },
  nextDue: d('2027-01-31'),
  graceDays: 3,
  rule: { kind: 'monthly', every: 1, anchorDay: 31 },
  leadDays: [0, 3, 1],
};

const show = ({ key, values }: Message) =>
  values ? `${key}(${Object.values(values).join(',')})` : key;

const yearly: RenewalRule = { kind: 'monthly', every: 12, anchorDay: 20 };

/** Any valid rule, at its limits too. */
const anyRule: fc.Arbitrary<RenewalRule> = fc.oneof(
  fc.record({
    kind: fc.constant('monthly' as const),
    every: fc.integer({ min: 1, max: 120 }),
    anchorDay: fc.integer({ min: 1, max: 31 }),
  }),
  fc.record({ kind: fc.constant('days' as const), every: fc.integer({ min: 1, max: 3660 }) }),
  fc.record({
    kind: fc.constant('validity' as const),
    days: fc.integer({ min: 1, max: 3660 }),
    stack: fc.boolean(),
  }),
);

/** Any day from 1972 to 2081: a due date long past, near, or years ahead of any today. */
const anyDate = fc
  .integer({ min: -20000, max: 20000 })
  .map((days) => addDays(d('2027-01-01'), days));

const stamp = Date.UTC(2027, 0, 20, 10);

describe('dueDatesWithinYear', () => {
  it('keeps month-end due dates on the anchor day for twelve months', () => {
    expect(dueDatesWithinYear(line, d('2027-01-20'))).toEqual(
      [
        '2027-01-31',
        '2027-02-28',
        '2027-03-31',
        '2027-04-30',
        '2027-05-31',
        '2027-06-30',
        '2027-07-31',
        '2027-08-31',
        '2027-09-30',
        '2027-10-31',
        '2027-11-30',
        '2027-12-31',
      ].map(d),
    );
  });

  it('starts from an overdue due date and stops before the same day next year', () => {
    const dates = dueDatesWithinYear(
      { ...line, nextDue: d('2027-01-01'), rule: { kind: 'days', every: 30 } },
      d('2027-01-20'),
    );
    expect(dates[0]).toBe('2027-01-01');
    expect(dates.at(-1)).toBe('2027-12-27');
    expect(dates).toHaveLength(13);
  });

  it('assumes a validity plan is topped up on each due date', () => {
    const dates = dueDatesWithinYear(
      { ...line, nextDue: d('2027-02-01'), rule: { kind: 'validity', days: 90, stack: false } },
      d('2027-01-20'),
    );
    expect(dates).toEqual(['2027-02-01', '2027-05-02', '2027-07-31', '2027-10-29'].map(d));
  });

  it('counts a daily plan up to the day before the same date next year', () => {
    const dates = dueDatesWithinYear(
      { ...line, nextDue: d('2027-01-20'), rule: { kind: 'days', every: 1 } },
      d('2027-01-20'),
    );
    expect(dates).toHaveLength(365);
    expect(dates.at(-1)).toBe('2028-01-19');
  });

  it('keeps a next due date exactly 12 months away, and no later one', () => {
    expect(dueDatesWithinYear({ ...line, nextDue: d('2028-01-20') }, d('2027-01-20'))).toEqual([
      d('2028-01-20'),
    ]);
    expect(dueDatesWithinYear({ ...line, nextDue: d('2028-01-19') }, d('2027-01-20'))).toEqual([
      d('2028-01-19'),
    ]);
  });

  it('keeps the next due date when it is more than a year away', () => {
    expect(dueDatesWithinYear({ ...line, nextDue: d('2028-02-01') }, d('2027-01-20'))).toEqual([
      d('2028-02-01'),
    ]);
  });

  it('holds the new due date of a yearly plan topped up on its due date', () => {
    const today = d('2027-01-20');
    const { schedule } = applyTopUp(
      { rule: yearly, nextDue: today, billing: 'prepaid' },
      { paidOn: today, periods: 1 },
    );
    expect(schedule.nextDue).toBe('2028-01-20');
    expect(dueDatesWithinYear({ ...line, ...schedule }, today)).toEqual([d('2028-01-20')]);
  });

  it('holds the new due date of a yearly plan topped up early, more than a year ahead', () => {
    const today = d('2027-01-20');
    const { schedule } = applyTopUp(
      { rule: { ...yearly, anchorDay: 1 }, nextDue: d('2027-03-01'), billing: 'prepaid' },
      { paidOn: today, periods: 1 },
    );
    expect(schedule.nextDue).toBe('2028-03-01');
    expect(dueDatesWithinYear({ ...line, ...schedule }, today)).toEqual([d('2028-03-01')]);
  });

  it('always starts with the next due date, then later ones before the same day next year', () => {
    fc.assert(
      fc.property(anyRule, anyDate, anyDate, (rule, nextDue, today) => {
        const dates = dueDatesWithinYear({ ...line, rule, nextDue }, today);
        expect(dates[0]).toBe(nextDue);
        const end = addMonths(today, 12);
        dates.slice(1).forEach((date, index) => {
          expect(compareDates(date, dates[index] ?? nextDue)).toBe(1);
          expect(compareDates(date, end)).toBe(-1);
        });
      }),
    );
  });
});

describe('dueCalendarEvents', () => {
  const events = dueCalendarEvents([line], d('2027-01-20'), '09:30', 'en-US', show);

  it('makes one event per due date with a stable id, worded like the alerts', () => {
    expect(events).toHaveLength(12);
    expect(events[1]).toMatchObject({
      uid: 'mint-2027-02-28@topup',
      date: '2027-02-28',
      summary: 'calendar.summary(Mint)',
      description: 'alerts.details($15.00,Mint Mobile)\ncalendar.phone(+1 415 555 0100)',
    });
  });

  it('alarms on each lead day at the reminder time, the earliest first', () => {
    expect(events[0]?.alarms).toEqual([
      { minutesFromStart: -3 * 1440 + 570, description: 'alerts.dueIn(Mint,3)' },
      { minutesFromStart: -1440 + 570, description: 'alerts.dueTomorrow(Mint)' },
      { minutesFromStart: 570, description: 'alerts.dueToday(Mint)' },
    ]);
  });

  it('adds an event for the day of each other reason: a use due, a top-up to the balance, a PIN', () => {
    const kept: CalendarLine = {
      ...line,
      activity: { every: 6, unit: 'months', counts: ['sms'], since: d('2026-08-03') },
      balance: {
        amount: { minor: 1740, currency: 'USD' },
        asOf: d('2027-01-20'),
        renewsFromBalance: true,
      },
      portOut: { pinExpiresOn: d('2027-01-25') },
    };
    const all = dueCalendarEvents([kept], d('2027-01-20'), '09:30', 'en-US', show);
    const others = all.filter((event) => !event.uid.startsWith('mint-20'));
    expect(others.map(({ uid, date }) => [uid, date])).toEqual([
      ['mint-activity-2027-02-03@topup', '2027-02-03'],
      // $17.40 pays Jan 31, not Feb 28: top up by Feb 27.
      ['mint-balance-2027-02-27@topup', '2027-02-27'],
      ['mint-port-out-2027-01-25@topup', '2027-01-25'],
    ]);
    expect(others[0]).toMatchObject({
      summary: 'alerts.step(Mint,steps.activity(activityKinds.sms,Feb 3, 2027))',
      description: 'alerts.lostOn(Feb 7, 2027)\ncalendar.phone(+1 415 555 0100)',
    });
    expect(others[0]?.alarms).toHaveLength(3);
  });

  describe.each(CALENDAR_READERS)('read back by %s', (_, read) => {
    it('round-trips with its all-day dates and alarms', () => {
      const { events: parsed } = read(icalendar(events, { name: 'Topup', stamp, language: 'en' }));
      expect(parsed.map((event) => event.start)).toEqual(events.map((e) => e.date));
      expect(parsed.every((event) => event.allDay)).toBe(true);
      expect(new Set(parsed.map((event) => event.uid)).size).toBe(12);
      expect(parsed[0]?.alarms.map((alarm) => alarm.trigger)).toEqual([
        '-P2DT14H30M',
        '-PT14H30M',
        'PT9H30M',
      ]);
    });

    it('holds a yearly plan topped up on its due date, alone, as its one event', () => {
      const today = d('2027-01-20');
      const { schedule } = applyTopUp(
        { rule: yearly, nextDue: today, billing: 'prepaid' },
        { paidOn: today, periods: 1 },
      );
      const text = icalendar(
        dueCalendarEvents([{ ...line, ...schedule }], today, '09:00', 'en-US', show),
        { name: 'Topup', stamp, language: 'en' },
      );
      expect(text).toContain('\r\nDTSTART;VALUE=DATE:20280120\r\n');
      expect(read(text).events.map(({ start, allDay }) => ({ start, allDay }))).toEqual([
        { start: '2028-01-20', allDay: true },
      ]);
    });

    it('holds every line’s next due date whatever the rule and the day', () => {
      fc.assert(
        fc.property(anyRule, anyDate, anyDate, (rule, nextDue, today) => {
          const lines: [CalendarLine, CalendarLine] = [
            { ...line, rule, nextDue },
            { ...line, id: 'other', nextDue: today },
          ];
          const text = icalendar(dueCalendarEvents(lines, today, '09:00', 'en-US', show), {
            name: 'Topup',
            stamp,
            language: 'en',
          });
          const parsed = read(text).events;
          expect(parsed).toContainEqual(
            expect.objectContaining({ uid: `mint-${nextDue}@topup`, start: nextDue, allDay: true }),
          );
          expect(parsed).toContainEqual(
            expect.objectContaining({ uid: `other-${today}@topup`, start: today, allDay: true }),
          );
        }),
        { numRuns: 30 },
      );
    });

    it('writes a name typed with control characters without them', () => {
      const [event] = read(
        icalendar(
          dueCalendarEvents(
            [
              {
                ...line,
                name: 'Mint\u000b\u000c\u0007\u001b\u0000\u007f home',
                phone: '+1\u0085 415',
              },
            ],
            d('2027-01-20'),
            '09:00',
            'en-US',
            show,
          ),
          { name: 'Topup', stamp, language: 'en' },
        ),
      ).events;
      expect(event?.summary).toBe('calendar.summary(Mint home)');
      expect(event?.description).toBe('alerts.details($15.00,Mint Mobile)\ncalendar.phone(+1 415)');
      expect(event?.alarms.map((alarm) => alarm.description)).toContain(
        'alerts.dueToday(Mint home)',
      );
    });
  });

  it('leaves the number out of the description when the plan has none', () => {
    const [first] = dueCalendarEvents(
      [{ ...line, phone: '  ' }],
      d('2027-01-20'),
      '09:30',
      'en-US',
      show,
    );
    expect(first?.description).toBe('alerts.details($15.00,Mint Mobile)');
  });

  it('gives at least one event for each line, so the file is never empty', () => {
    const later = { ...line, id: 'later', nextDue: d('2029-06-01') };
    const dates = dueCalendarEvents([later], d('2027-01-20'), '09:00', 'en', show).map(
      (event) => event.date,
    );
    expect(dates).toEqual([d('2029-06-01')]);
  });
});
