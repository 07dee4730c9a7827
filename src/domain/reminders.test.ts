import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LIMITS } from './limits';
import { compareDateTimes, MINUTES_PER_DAY, type LocalDateTime } from './local-date-time';
import { addDays, daysBetween } from './plain-date';
import {
  attentionCount,
  DEFAULT_LEAD_DAYS,
  DEFAULT_REMINDER_TIME,
  dueStages,
  needsAttention,
  normalizeLeadDays,
  owedStages,
  reminderKey,
  remindersOf,
  snoozeUntil,
  type ReminderLine,
} from './reminders';
import { d } from './dates.fixture';

/** "2026-01-07 09:00" as a local date-time. */
const at = (text: string): LocalDateTime => {
  const [date = '', time = ''] = text.split(' ');
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return { date: d(date), minutes: hours * 60 + minutes };
};

const line: ReminderLine = {
  id: 'line-1',
  cause: 'payment',
  nextDue: d('2026-01-10'),
  leadDays: DEFAULT_LEAD_DAYS,
  graceDays: 3,
  reminderTime: DEFAULT_REMINDER_TIME,
};

const stageNames = (stages: readonly { stage: string }[]) => stages.map(({ stage }) => stage);

describe('defaults', () => {
  it('remind 3 days, 1 day and 0 days before at 09:00', () => {
    expect(DEFAULT_LEAD_DAYS).toEqual([3, 1, 0]);
    expect(DEFAULT_REMINDER_TIME).toBe('09:00');
  });
});

describe('reminderKey', () => {
  it('joins line, due date and stage', () => {
    expect(reminderKey('abc', d('2026-01-10'), 'lead-3')).toBe('abc|2026-01-10|lead-3');
  });
});

describe('normalizeLeadDays', () => {
  it('keeps whole days within range once each, largest first', () => {
    expect(
      normalizeLeadDays([0, 3, 1, 3, -1, 2.5, LIMITS.leadDayMax + 1, LIMITS.leadDayMax]),
    ).toEqual([LIMITS.leadDayMax, 3, 1, 0]);
    expect(normalizeLeadDays([])).toEqual([]);
  });
});

describe('dueStages', () => {
  it.each([
    ['2026-01-01 12:00', []],
    ['2026-01-07 08:59', []],
    ['2026-01-07 09:00', ['lead-3']],
    ['2026-01-08 23:59', ['lead-3']],
    ['2026-01-09 08:59', ['lead-3']],
    ['2026-01-09 09:00', ['lead-1']],
    ['2026-01-10 08:59', ['lead-1']],
    ['2026-01-10 09:00', ['lead-0']],
    ['2026-01-11 08:59', ['lead-0']],
    ['2026-01-11 09:00', ['overdue-1']],
    ['2026-01-12 00:00', ['overdue-1']],
    ['2026-01-12 09:00', ['overdue-2']],
    ['2026-01-14 09:00', ['overdue-4']],
  ])('at %s gives %j', (now, expected) => {
    expect(stageNames(dueStages(line, at(now)))).toEqual(expected);
  });

  it('describes the stage with its key, days, moment and risk', () => {
    expect(dueStages(line, at('2026-01-09 10:00'))).toEqual([
      {
        key: 'line-1|2026-01-10|lead-1',
        lineId: 'line-1',
        cause: 'payment',
        nextDue: '2026-01-10',
        stage: 'lead-1',
        kind: 'lead',
        days: 1,
        atRisk: false,
        at: at('2026-01-09 09:00'),
      },
    ]);
    expect(dueStages(line, at('2026-01-13 09:00'))).toEqual([
      {
        key: 'line-1|2026-01-10|overdue-3',
        lineId: 'line-1',
        cause: 'payment',
        nextDue: '2026-01-10',
        stage: 'overdue-3',
        kind: 'overdue',
        days: 3,
        atRisk: false,
        at: at('2026-01-13 09:00'),
      },
    ]);
  });

  it('marks overdue stages past the grace days as at risk', () => {
    const [third] = dueStages(line, at('2026-01-13 09:00'));
    const [fourth] = dueStages(line, at('2026-01-14 09:00'));
    expect(third?.atRisk).toBe(false);
    expect(fourth?.atRisk).toBe(true);
    expect(dueStages({ ...line, graceDays: 0 }, at('2026-01-11 09:00'))[0]?.atRisk).toBe(true);
    expect(dueStages({ ...line, graceDays: 0 }, at('2026-01-09 09:00'))[0]?.atRisk).toBe(false);
  });

  it('gives only the latest stage after a long time away', () => {
    expect(stageNames(dueStages(line, at('2026-01-20 10:00')))).toEqual(['overdue-10']);
    expect(stageNames(dueStages(line, at('2026-01-09 20:00')))).toEqual(['lead-1']);
  });

  it('fires at the line reminder time', () => {
    const evening = { ...line, reminderTime: '18:30' };
    expect(dueStages(evening, at('2026-01-07 18:29'))).toEqual([]);
    expect(stageNames(dueStages(evening, at('2026-01-07 18:30')))).toEqual(['lead-3']);
    const midnight = { ...line, reminderTime: '00:00' };
    expect(stageNames(dueStages(midnight, at('2026-01-07 00:00')))).toEqual(['lead-3']);
    expect(stageNames(dueStages(midnight, at('2026-01-06 23:59')))).toEqual([]);
  });

  it('falls back to 09:00 for an unreadable reminder time', () => {
    const broken = { ...line, reminderTime: '25:00' };
    expect(dueStages(broken, at('2026-01-07 08:59'))).toEqual([]);
    expect(stageNames(dueStages(broken, at('2026-01-07 09:00')))).toEqual(['lead-3']);
  });

  it('uses only the lead days the line has', () => {
    const onlyDueDay = { ...line, leadDays: [0] };
    expect(dueStages(onlyDueDay, at('2026-01-09 12:00'))).toEqual([]);
    expect(stageNames(dueStages(onlyDueDay, at('2026-01-10 09:00')))).toEqual(['lead-0']);
    const none = { ...line, leadDays: [] };
    expect(dueStages(none, at('2026-01-10 12:00'))).toEqual([]);
    expect(stageNames(dueStages(none, at('2026-01-11 09:00')))).toEqual(['overdue-1']);
    const messy = { ...line, leadDays: [-2, 1.5, 7, 7] };
    expect(dueStages(messy, at('2026-01-02 23:59'))).toEqual([]);
    expect(stageNames(dueStages(messy, at('2026-01-03 09:00')))).toEqual(['lead-7']);
    expect(stageNames(dueStages(messy, at('2026-01-10 09:00')))).toEqual(['lead-7']);
  });

  it('stays silent while snoozed and owes the latest stage when the snooze ends', () => {
    const snoozed = { ...line, snoozedUntil: at('2026-01-10 09:00') };
    expect(dueStages(snoozed, at('2026-01-09 10:00'))).toEqual([]);
    expect(dueStages(snoozed, at('2026-01-10 08:59'))).toEqual([]);
    expect(stageNames(dueStages(snoozed, at('2026-01-10 09:00')))).toEqual(['lead-0']);
    expect(stageNames(dueStages({ ...line, snoozedUntil: null }, at('2026-01-10 09:00')))).toEqual([
      'lead-0',
    ]);
  });
});

describe('snoozeUntil', () => {
  it('is tomorrow at the reminder time', () => {
    expect(snoozeUntil(at('2026-01-09 23:30'), '09:00')).toEqual(at('2026-01-10 09:00'));
    expect(snoozeUntil(at('2026-12-31 01:00'), '18:30')).toEqual(at('2027-01-01 18:30'));
    expect(snoozeUntil(at('2026-01-09 10:00'), 'soon')).toEqual(at('2026-01-10 09:00'));
  });
});

// Minutes counted from a fixed origin, so that moments can be compared and moved by any amount.
const ORIGIN = d('2020-01-01');
const toMinutes = ({ date, minutes }: LocalDateTime) =>
  daysBetween(ORIGIN, date) * MINUTES_PER_DAY + minutes;
const fromMinutes = (total: number): LocalDateTime => ({
  date: addDays(ORIGIN, Math.floor(total / MINUTES_PER_DAY)),
  minutes: total - Math.floor(total / MINUTES_PER_DAY) * MINUTES_PER_DAY,
});

const arbitraryLine: fc.Arbitrary<ReminderLine> = fc.record({
  id: fc.constantFrom('a', 'b'),
  cause: fc.constant('payment'),
  nextDue: fc.integer({ min: 0, max: 60 }).map((offset) => addDays(d('2026-01-01'), offset)),
  leadDays: fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 5 }),
  graceDays: fc.integer({ min: 0, max: 10 }),
  reminderTime: fc.constantFrom('00:00', '09:00', '12:30', '23:59'),
  snoozedUntil: fc.option(
    fc
      .integer({ min: 0, max: 100 * MINUTES_PER_DAY })
      .map((m) => fromMinutes(toMinutes(at('2025-12-01 00:00')) + m)),
  ),
});

const arbitraryMoment = fc
  .integer({ min: 0, max: 120 * MINUTES_PER_DAY })
  .map((m) => fromMinutes(toMinutes(at('2025-12-01 00:00')) + m));

describe('reminder properties', () => {
  it('a walk through time never brings a stage back once a later one came', () => {
    fc.assert(
      fc.property(
        arbitraryLine,
        arbitraryMoment,
        fc.array(fc.integer({ min: 1, max: 3 * MINUTES_PER_DAY }), { maxLength: 60 }),
        (reminderLine, start, steps) => {
          const shown: string[] = [];
          let total = toMinutes(start);
          for (const step of [0, ...steps]) {
            total += step;
            const now = fromMinutes(total);
            for (const stage of dueStages(reminderLine, now)) {
              expect(stage.key).toBe(`${reminderLine.id}|${reminderLine.nextDue}|${stage.stage}`);
              expect(compareDateTimes(stage.at, now)).toBeLessThanOrEqual(0);
              if (shown.at(-1) !== stage.key) shown.push(stage.key);
            }
          }
          expect(new Set(shown).size).toBe(shown.length);
        },
      ),
    );
  });
});

describe('needsAttention and attentionCount (the app badge)', () => {
  const due = {
    nextDue: d('2026-01-10'),
    leadDays: [3, 1, 0],
    archived: false,
    graceDays: 3,
    price: { minor: 500, currency: 'USD' },
    rule: { kind: 'monthly', every: 1, anchorDay: 10 } as const,
  };

  it.each([
    ['2026-01-06', false],
    ['2026-01-07', true],
    ['2026-01-10', true],
    ['2026-03-01', true],
  ])('a line due Jan 10 reminded 3 days before, on %s: %s', (today, expected) => {
    expect(needsAttention(due, d(today))).toBe(expected);
  });

  it('counts from the due date itself for a line with no lead days', () => {
    expect(needsAttention({ ...due, leadDays: [] }, d('2026-01-09'))).toBe(false);
    expect(needsAttention({ ...due, leadDays: [] }, d('2026-01-10'))).toBe(true);
  });

  it('counts only lines that are not archived', () => {
    const lines = [due, due, { ...due, archived: true }, { ...due, nextDue: d('2026-02-10') }];
    expect(attentionCount(lines, d('2026-01-08'))).toBe(2);
  });

  it('agrees with the reminders: a line counts from the moment its first lead stage comes', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -30, max: 30 }),
        fc.uniqueArray(fc.integer({ min: 0, max: 20 }), { maxLength: 4 }),
        (offset, leadDays) => {
          const today = addDays(line.nextDue, offset);
          const end = { date: today, minutes: MINUTES_PER_DAY - 1 };
          const counted = needsAttention({ ...due, leadDays }, today);
          const stages = dueStages({ ...line, leadDays, graceDays: 0 }, end);
          expect(counted).toBe(stages.length > 0 || offset >= 0);
        },
      ),
    );
  });
});

describe('remindersOf and owedStages (every rule that can lose the number)', () => {
  const giffgaff = {
    id: 'gg',
    nextDue: d('2027-06-01'),
    leadDays: [3, 0],
    graceDays: 0,
    price: { minor: 1000, currency: 'GBP' },
    rule: { kind: 'monthly', every: 1, anchorDay: 1 } as const,
    activity: {
      every: 6,
      unit: 'months' as const,
      counts: ['sms' as const],
      since: d('2026-06-03'),
    },
  };

  it('gives one reminder per rule, each on its own day to act by', () => {
    expect(remindersOf(giffgaff, '09:00').map(({ cause, nextDue }) => [cause, nextDue])).toEqual([
      ['payment', '2027-06-01'],
      ['activity', '2026-12-03'],
    ]);
  });

  it('names the stages of a rule other than the payment after it, so the keys never meet', () => {
    const stages = owedStages(giffgaff, '09:00', at('2026-11-30 09:00'));
    expect(stages.map(({ key }) => key)).toEqual(['gg|2026-12-03|activity:lead-3']);
    const later = owedStages(giffgaff, '09:00', at('2026-12-04 09:00'));
    expect(stageNames(later)).toEqual(['activity:overdue-1']);
    expect(later[0]?.atRisk).toBe(true);
  });

  it('a snoozed line owes nothing for any rule until the snooze ends', () => {
    const snoozed = { ...giffgaff, snoozedUntil: at('2026-12-05 09:00') };
    expect(owedStages(snoozed, '09:00', at('2026-12-04 10:00'))).toEqual([]);
    expect(owedStages(snoozed, '09:00', at('2026-12-05 09:00'))).toHaveLength(1);
  });

  it('stage keys are never repeated across a line’s rules', () => {
    fc.assert(
      fc.property(fc.integer({ min: -400, max: 400 }), (offset) => {
        const now = { date: addDays(d('2026-12-03'), offset), minutes: 600 };
        const keys = owedStages(giffgaff, '09:00', now).map(({ key }) => key);
        expect(new Set(keys).size).toBe(keys.length);
      }),
    );
  });
});

describe('a port-out PIN', () => {
  const line = {
    id: 'p',
    nextDue: d('2027-06-01'),
    leadDays: [3, 0],
    graceDays: 5,
    price: { minor: 1000, currency: 'GBP' },
    rule: { kind: 'monthly', every: 1, anchorDay: 1 } as const,
    portOut: { pinExpiresOn: d('2027-01-30') },
  };

  it('is reminded of before it expires, under a key of its own', () => {
    expect(owedStages(line, '09:00', at('2027-01-27 09:00')).map(({ key }) => key)).toEqual([
      'p|2027-01-30|port-out:lead-3',
    ]);
    expect(stageNames(owedStages(line, '09:00', at('2027-01-30 09:00')))).toEqual([
      'port-out:lead-0',
    ]);
  });

  it('is not reminded of every day once it has expired', () => {
    expect(owedStages(line, '09:00', at('2027-02-02 09:00'))).toEqual([]);
  });
});
