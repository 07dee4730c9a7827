import { describe, expect, it } from 'vitest';
import type { LineState } from './line-state';
import type { PlainDate } from './plain-date';
import { compareUrgency, sortByUrgency } from './urgency';
import { d } from './dates.fixture';

type TestLine = { label: string; nextDue: PlainDate; graceDays: number };
const line = (label: string, nextDue: string, graceDays = 3): TestLine => ({
  label,
  nextDue: d(nextDue),
  graceDays,
});
const today = d('2026-01-20');
const labels = (lines: TestLine[]) => lines.map(({ label }) => label);

describe('sortByUrgency', () => {
  it('puts at-risk first, then overdue, due today and upcoming', () => {
    const lines = [
      line('upcoming in 5', '2026-01-25'),
      line('due today', '2026-01-20'),
      line('upcoming tomorrow', '2026-01-21'),
      line('overdue 2', '2026-01-18'),
      line('at risk 5', '2026-01-15'),
      line('overdue 1', '2026-01-19'),
      line('at risk 10', '2026-01-10'),
    ];
    expect(labels(sortByUrgency(lines, today, (l) => l.label))).toEqual([
      'at risk 10',
      'at risk 5',
      'overdue 2',
      'overdue 1',
      'due today',
      'upcoming tomorrow',
      'upcoming in 5',
    ]);
  });

  it('puts an at-risk line before a longer-overdue line still in its grace', () => {
    const lines = [line('long grace', '2026-01-10', 30), line('no grace', '2026-01-19', 0)];
    expect(labels(sortByUrgency(lines, today, (l) => l.label))).toEqual(['no grace', 'long grace']);
  });

  it('orders equally urgent lines by name, numbers by value and case aside', () => {
    const lines = [
      line('line 10', '2026-01-25'),
      line('Line 9', '2026-01-25'),
      line('b', '2026-01-20'),
      line('A', '2026-01-20'),
    ];
    expect(labels(sortByUrgency(lines, today, (l) => l.label, 'en'))).toEqual([
      'A',
      'b',
      'Line 9',
      'line 10',
    ]);
  });

  it('returns a new array and leaves the given one alone', () => {
    const lines = [line('later', '2026-01-30'), line('sooner', '2026-01-21')];
    const sorted = sortByUrgency(lines, today, (l) => l.label);
    expect(labels(lines)).toEqual(['later', 'sooner']);
    expect(labels(sorted)).toEqual(['sooner', 'later']);
  });
});

describe('compareUrgency', () => {
  const states: LineState[] = [
    { kind: 'at-risk', daysOverdue: 9 },
    { kind: 'at-risk', daysOverdue: 4 },
    { kind: 'overdue', daysOverdue: 3 },
    { kind: 'overdue', daysOverdue: 1 },
    { kind: 'due-today' },
    { kind: 'upcoming', daysLeft: 1 },
    { kind: 'upcoming', daysLeft: 7 },
  ];

  it('ranks every state against every other consistently', () => {
    states.forEach((a, i) =>
      states.forEach((b, j) => expect(Math.sign(compareUrgency(a, b))).toBe(Math.sign(i - j))),
    );
  });
});
