// How long, how many and how far what a person types may go. The one place these numbers live:
// the domain, the row schemas, the forms and every message that names a limit read them here, so
// a form never accepts what the database refuses, nor refuses what it holds.
export const LIMITS = {
  /** A plan's name, shown as a card's heading. */
  name: 80,
  /** A phone number as typed, with spaces, dashes and a country code. */
  phone: 40,
  /** A carrier's name, a plan's name, a top-up's confirmation number. */
  shortText: 120,
  /** A billing ZIP or postcode: ZIP+4 and UK postcodes, with room to spare. */
  postcode: 24,
  /** A plan's notes and a top-up's note. */
  note: 2000,
  /** The text of a confirmation the top-up form reads: a long e-mail, with room to spare. */
  pastedText: 10_000,
  /** How many reminders before the due date a plan may have. */
  leadDays: 8,
  /** The earliest reminder, in days before the due date. */
  leadDayMax: 60,
  /** Days the carrier keeps a number after its due date. */
  graceDaysMax: 365,
  /** Periods paid by one top-up: ten years of monthly payments. */
  periodsMax: 120,
  // A renewal rule's N: no carrier sells a ten-year month or day cycle, so more is a typing mistake.
  everyMonthsMax: 120,
  /** Also the days of a validity rule. */
  everyDaysMax: 3660,
  anchorDayMax: 31,
  /** An activity rule's N: the longest a carrier lets a number sit unused is about a year. */
  activityMonthsMax: 24,
  activityDaysMax: 730,
  /** Earlier balance readings a line keeps; the oldest go first. */
  balanceHistory: 100,
  /** Dates outside these years are typing mistakes, or numbers in a text that are no date. */
  firstYear: 2000,
  lastYear: 2100,
  /** In minor units, about 10^13: far beyond any top-up, and safely an integer. */
  amountMax: 9_999_999_999_999,
  /** The largest receipt file the app stores, and so the largest a backup may carry. */
  receiptBytes: 20 * 1024 * 1024,
} as const;
