// The minor digits a backup counts its amounts in: stated in every backup written, and on import
// checked against its rows, then the amounts brought into the app's digits exactly, or the whole
// file refused. An amount is never read with digits it was not written with.
import { minorDigits, type Money } from '@/domain/money';
import { rescaleMinor, runtimeMinorDigits } from '@/domain/money-digits';
import { LIMITS } from '@/domain/limits';
import { BackupFailure } from './backup-format';
import type { LineRow, TopUpRow } from '@/db/rows';

/** More digits than any currency has had (ISO 4217's most is four), and still exact to scale by. */
const MOST_DIGITS = 9;

type AmountRows = { lines: LineRow[]; topUps: TopUpRow[] };

function currenciesOf({ lines, topUps }: AmountRows): string[] {
  const currencies = new Set([
    ...lines.map((row) => row.price.currency),
    ...topUps.map((row) => row.amount.currency),
  ]);
  return [...currencies].sort();
}

/** What a backup of these rows states: each currency of an amount in it, with the app's digits. */
export function minorDigitsOf(rows: AmountRows): Record<string, number> {
  return Object.fromEntries(
    currenciesOf(rows).map((currency) => [currency, minorDigits(currency)]),
  );
}

function invalid(path: string): never {
  throw new BackupFailure({ kind: 'invalid-data', path });
}

/**
 * The digits `stated` gives each currency of the rows. It must name each of them, and nothing
 * else: any other key, `__proto__` among them, is refused like an unknown field of a row.
 */
function statedDigits(
  rows: AmountRows,
  stated: Readonly<Record<string, unknown>>,
): Map<string, number> {
  const currencies = currenciesOf(rows);
  const present = new Set(currencies);
  for (const key of Object.keys(stated)) {
    if (!present.has(key)) invalid(`minorDigits.${key}`);
  }
  const digits = new Map<string, number>();
  for (const currency of currencies) {
    const value = Object.hasOwn(stated, currency) ? stated[currency] : undefined;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > MOST_DIGITS) {
      invalid(`minorDigits.${currency}`);
    }
    digits.set(currency, value);
  }
  return digits;
}

/** An amount counted in `digits`' minor digits, in the app's; throws when it cannot be exact. */
function inAppDigits(money: Money, digits: ReadonlyMap<string, number>): Money {
  const { minor, currency } = money;
  const ours = minorDigits(currency);
  const written = digits.get(currency) ?? ours;
  if (written === ours) return money;
  const converted = rescaleMinor(minor, written, ours);
  if (converted === undefined || converted > LIMITS.amountMax) {
    throw new BackupFailure({ kind: 'minor-digits', currency, digits: written, ours });
  }
  return { minor: converted, currency };
}

/** A balance reading with its amount in the app's digits. */
function readingInAppDigits<T extends { amount: Money }>(
  reading: T,
  digits: ReadonlyMap<string, number>,
): T {
  return { ...reading, amount: inAppDigits(reading.amount, digits) };
}

/**
 * The rows with every amount in the app's digits. `stated` is the backup's `minorDigits`; a
 * backup of format 1 states none, and its amounts were counted with the writing browser's Intl
 * digits, taken to be this browser's (as the database upgrade takes them). Throws a BackupFailure
 * when the statement is malformed or an amount cannot be converted exactly.
 */
export function rowsInAppDigits(
  rows: AmountRows,
  stated: Readonly<Record<string, unknown>> | undefined,
): AmountRows {
  const digits =
    stated === undefined
      ? new Map(currenciesOf(rows).map((currency) => [currency, runtimeMinorDigits(currency)]))
      : statedDigits(rows, stated);
  const reading = <T extends { amount: Money }>(row: T) => readingInAppDigits(row, digits);
  return {
    lines: rows.lines.map(({ balance, balanceHistory, ...row }) => ({
      ...row,
      price: inAppDigits(row.price, digits),
      ...(balance ? { balance: reading(balance) } : {}),
      ...(balanceHistory ? { balanceHistory: balanceHistory.map(reading) } : {}),
    })),
    topUps: rows.topUps.map(({ balanceBefore, balanceAfter, ...row }) => ({
      ...row,
      amount: inAppDigits(row.amount, digits),
      ...(balanceBefore ? { balanceBefore: reading(balanceBefore) } : {}),
      ...(balanceAfter ? { balanceAfter: reading(balanceAfter) } : {}),
    })),
  };
}
