// The order lines are listed in: whatever can lose a number soonest comes first.
import { collator } from './intl-formats';
import { lineState, type DueLine, type LineState } from './line-state';
import type { PlainDate } from './plain-date';

const KIND_ORDER = { 'at-risk': 0, overdue: 1, 'due-today': 2, upcoming: 3 } as const;

/** Longer overdue first among overdue lines; fewer days left first among upcoming ones. */
function daysKey(state: LineState): number {
  switch (state.kind) {
    case 'at-risk':
    case 'overdue':
      return -state.daysOverdue;
    case 'upcoming':
      return state.daysLeft;
    case 'due-today':
      return 0;
  }
}

/** Negative when a is more urgent than b. */
export function compareUrgency(a: LineState, b: LineState): number {
  return KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || daysKey(a) - daysKey(b);
}

/**
 * A new array of the lines, most urgent first; equally urgent lines by name in the given locale.
 * The caller leaves archived lines out.
 */
export function sortByUrgency<T extends DueLine>(
  lines: readonly T[],
  today: PlainDate,
  nameOf: (line: T) => string,
  locale?: string,
): T[] {
  // Names are compared only when two lines are equally urgent.
  return lines
    .map((line) => ({ line, state: lineState(line, today), name: nameOf(line) }))
    .sort(
      (a, b) =>
        compareUrgency(a.state, b.state) ||
        collator(locale, { numeric: true, sensitivity: 'base' }).compare(a.name, b.name),
    )
    .map(({ line }) => line);
}
