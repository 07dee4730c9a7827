import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { AlertMessage } from './alert-notification';
import { d } from './dates.fixture';
import { dueCalendarEvents, dueDatesWithinYear, type CalendarLine } from './due-calendar';
import { icalendar } from './icalendar';

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

const show = ({ key, values }: AlertMessage) =>
  values ? `${key}(${Object.values(values).join(',')})` : key;

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

  it('leaves out a due date exactly 12 months away', () => {
    expect(dueDatesWithinYear({ ...line, nextDue: d('2028-01-20') }, d('2027-01-20'))).toEqual([]);
    expect(dueDatesWithinYear({ ...line, nextDue: d('2028-01-19') }, d('2027-01-20'))).toEqual([
      d('2028-01-19'),
    ]);
  });

  it('has no due date when the next one is more than a year away', () => {
    expect(dueDatesWithinYear({ ...line, nextDue: d('2028-02-01') }, d('2027-01-20'))).toEqual([]);
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

  it('round-trips through a real iCalendar parser with its dates and alarms', () => {
    const text = icalendar(events, { name: 'Topup', stamp: 0, language: 'en' });
    const calendar = new ICAL.Component(ICAL.parse(text));
    const parsed = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
    expect(parsed.map((event) => event.startDate.toString())).toEqual(events.map((e) => e.date));
    expect(new Set(parsed.map((event) => event.uid)).size).toBe(12);
    const first = calendar.getFirstSubcomponent('vevent');
    const triggers = first?.getAllSubcomponents('valarm').map((alarm) => {
      const trigger = alarm.getFirstPropertyValue('trigger');
      return trigger instanceof ICAL.Duration ? trigger.toString() : null;
    });
    expect(triggers).toEqual(['-P2DT14H30M', '-PT14H30M', 'PT9H30M']);
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

  it('makes no events for no lines', () => {
    expect(dueCalendarEvents([], d('2027-01-20'), '09:00', 'en', show)).toEqual([]);
  });
});
