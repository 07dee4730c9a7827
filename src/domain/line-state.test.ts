import { describe, expect, it } from 'vitest';
import { atRiskOn, lineState } from './line-state';
import { d } from './dates.fixture';

const line = { nextDue: d('2026-01-10'), graceDays: 3 };

describe('atRiskOn', () => {
  it('is the first day after the grace days', () => {
    expect(atRiskOn(line)).toBe('2026-01-14');
    expect(atRiskOn({ nextDue: d('2026-02-27'), graceDays: 2 })).toBe('2026-03-02');
  });

  it('is the day after the due date without grace days', () => {
    expect(atRiskOn({ nextDue: d('2026-01-10'), graceDays: 0 })).toBe('2026-01-11');
  });

  it('treats negative grace days as none', () => {
    expect(atRiskOn({ nextDue: d('2026-01-10'), graceDays: -5 })).toBe('2026-01-11');
  });
});

describe('lineState', () => {
  it.each([
    ['2025-12-31', { kind: 'upcoming', daysLeft: 10 }],
    ['2026-01-09', { kind: 'upcoming', daysLeft: 1 }],
    ['2026-01-10', { kind: 'due-today' }],
    ['2026-01-11', { kind: 'overdue', daysOverdue: 1 }],
    ['2026-01-13', { kind: 'overdue', daysOverdue: 3 }],
    ['2026-01-14', { kind: 'at-risk', daysOverdue: 4 }],
    ['2026-02-10', { kind: 'at-risk', daysOverdue: 31 }],
  ])('on %s is %o for a line due Jan 10 with 3 grace days', (today, state) => {
    expect(lineState(line, d(today))).toEqual(state);
  });

  it('goes straight from due today to at risk without grace days', () => {
    const noGrace = { nextDue: d('2026-01-10'), graceDays: 0 };
    expect(lineState(noGrace, d('2026-01-10'))).toEqual({ kind: 'due-today' });
    expect(lineState(noGrace, d('2026-01-11'))).toEqual({ kind: 'at-risk', daysOverdue: 1 });
  });

  it('counts across a year end', () => {
    expect(lineState({ nextDue: d('2027-01-02'), graceDays: 0 }, d('2026-12-30'))).toEqual({
      kind: 'upcoming',
      daysLeft: 3,
    });
  });
});
