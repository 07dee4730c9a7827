import { describe, expect, it } from 'vitest';
import { compareDateTimes, MINUTES_PER_DAY, parseTimeOfDay } from './local-date-time';
import { d } from './dates.fixture';

describe('compareDateTimes', () => {
  it('orders by date first, then by minutes', () => {
    const early = { date: d('2026-01-10'), minutes: 1439 };
    const late = { date: d('2026-01-11'), minutes: 0 };
    expect(compareDateTimes(early, late)).toBeLessThan(0);
    expect(compareDateTimes(late, early)).toBeGreaterThan(0);
    expect(compareDateTimes(late, { date: d('2026-01-11'), minutes: 1 })).toBeLessThan(0);
    expect(compareDateTimes({ date: d('2026-01-11'), minutes: 1 }, late)).toBeGreaterThan(0);
    expect(compareDateTimes(late, { ...late })).toBe(0);
  });
});

describe('parseTimeOfDay', () => {
  it('reads HH:MM as minutes since midnight', () => {
    expect(parseTimeOfDay('00:00')).toBe(0);
    expect(parseTimeOfDay('09:00')).toBe(540);
    expect(parseTimeOfDay('18:45')).toBe(1125);
    expect(parseTimeOfDay('19:59')).toBe(1199);
    expect(parseTimeOfDay('23:59')).toBe(MINUTES_PER_DAY - 1);
  });

  it.each(['24:00', '9:00', '09:60', '09:0', '0900', ' 09:00', '09:00 ', 'x09:00', '09:00x', ''])(
    'refuses %j',
    (text) => {
      expect(parseTimeOfDay(text)).toBeNull();
    },
  );
});
