// The digits of each currency's minor unit, from ISO 4217, for the currencies where it is not two.
// Generated from the currency-codes package (the ISO list it ships); iso-4217-digits.test.ts holds
// the table to that package code by code, so an update of the package that changes a currency
// fails there until the table is regenerated.
//
// Amounts are stored as integer minor units without their digit count, so these digits are part
// of the meaning of every stored amount and every backup: they must be the same in every browser
// and after every browser update, which the browser's own locale data (Intl) is not.

/** Every ISO 4217 currency whose minor unit has other than two digits; all others have two. */
export const MINOR_DIGITS_NOT_TWO: ReadonlyMap<string, number> = new Map([
  ['BHD', 3],
  ['BIF', 0],
  ['CLF', 4],
  ['CLP', 0],
  ['DJF', 0],
  ['GNF', 0],
  ['IQD', 3],
  ['ISK', 0],
  ['JOD', 3],
  ['JPY', 0],
  ['KMF', 0],
  ['KRW', 0],
  ['KWD', 3],
  ['LYD', 3],
  ['OMR', 3],
  ['PYG', 0],
  ['RWF', 0],
  ['TND', 3],
  ['UGX', 0],
  ['UYI', 0],
  ['UYW', 4],
  ['VND', 0],
  ['VUV', 0],
  ['XAF', 0],
  ['XOF', 0],
  ['XPF', 0],
]);
