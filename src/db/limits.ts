// How long, how many and how far what a user types may go: shared by the row schemas, the
// settings and the forms (the forms show the same limits the database holds to).
export const LIMITS = {
  name: 80,
  shortText: 120,
  note: 2000,
  leadDays: 8,
  leadDayMax: 60,
  graceDaysMax: 365,
  periodsMax: 120,
  /** Dates outside these years are typing mistakes. */
  firstYear: 2000,
  lastYear: 2100,
  /** About 10^13 minor units: far beyond any top-up, and safely an integer. */
  amountMax: 9_999_999_999_999,
} as const;
