// The upgrade to schema version 3: amounts counted with ISO 4217's minor digits (money.ts) rather
// than the browser's Intl data, which counted them until then (HUF, IDR and a dozen others have
// none in Chromium's data, two in ISO 4217). It runs in the browser that stored the rows, so the
// digits its Intl data gives are the ones each stored amount was counted with.
import type { Transaction } from 'dexie';
import { formatMinorPlain, minorDigits, type Money } from '@/domain/money';
import { rescaleMinor, runtimeMinorDigits } from '@/domain/money-digits';
import { LIMITS } from '@/domain/limits';
import type { LineRow, TopUpRow } from './rows';

/** An amount with the note of the row that holds it. */
export interface StoredAmount {
  money: Money;
  note: string;
}

/** The nearest amount of `to` digits, halves up, within what the app keeps. */
function nearestMinor(minor: number, from: number, to: number): number {
  if (to >= from) return LIMITS.amountMax;
  const unit = 10 ** (from - to);
  const rest = minor % unit;
  const whole = (minor - rest) / unit + (rest * 2 >= unit ? 1 : 0);
  return Math.min(whole, LIMITS.amountMax);
}

/**
 * The amount counted with `storedDigits`, now counted with the ISO digits of its currency; or
 * undefined when the two are the same and the row stays as it is.
 *
 * Multiplying by a power of ten (ISO counts more digits) is exact. Where no amount of the ISO unit
 * says the same — ISO counts fewer digits and the amount holds a fraction of its unit, or the
 * result would pass the largest amount the app keeps — the amount becomes the nearest one (halves
 * up, at most that largest) and a line opening the row's note keeps the exact amount and what it
 * became, "1.505 USD → 1.51 USD (ISO 4217)", in no language so that every reader can read it. A
 * note already at its limit loses its end rather than make the row invalid.
 */
export function inIsoDigits(amount: StoredAmount, storedDigits: number): StoredAmount | undefined {
  const { minor, currency } = amount.money;
  const iso = minorDigits(currency);
  if (storedDigits === iso) return undefined;
  const exact = rescaleMinor(minor, storedDigits, iso);
  if (exact !== undefined && exact <= LIMITS.amountMax) {
    return { money: { minor: exact, currency }, note: amount.note };
  }
  const nearest = nearestMinor(minor, storedDigits, iso);
  const was = `${formatMinorPlain(minor, storedDigits)} ${currency}`;
  const now = `${formatMinorPlain(nearest, iso)} ${currency}`;
  let note =
    amount.note === ''
      ? `${was} → ${now} (ISO 4217)`
      : `${was} → ${now} (ISO 4217)\n${amount.note}`;
  if (note.length > LIMITS.note) {
    note = note.slice(0, LIMITS.note);
    // Not half of a character written as a surrogate pair.
    if (/[\uD800-\uDBFF]$/.test(note)) note = note.slice(0, -1);
  }
  return { money: { minor: nearest, currency }, note };
}

/**
 * Rewrites every amount of the database in ISO digits: a line's price and a top-up's amount,
 * the only money the database holds. `storedDigits` says what each currency was counted with.
 */
export async function upgradeToIsoDigits(
  transaction: Transaction,
  storedDigits: (currency: string) => number = runtimeMinorDigits,
): Promise<void> {
  const known = new Map<string, number>();
  const digitsOf = (currency: string): number => {
    let digits = known.get(currency);
    if (digits === undefined) {
      digits = storedDigits(currency);
      known.set(currency, digits);
    }
    return digits;
  };
  await transaction
    .table<LineRow, string>('lines')
    .toCollection()
    .modify((row) => {
      const next = inIsoDigits({ money: row.price, note: row.notes }, digitsOf(row.price.currency));
      if (next) {
        row.price = next.money;
        row.notes = next.note;
      }
    });
  await transaction
    .table<TopUpRow, string>('topUps')
    .toCollection()
    .modify((row) => {
      const next = inIsoDigits(
        { money: row.amount, note: row.note },
        digitsOf(row.amount.currency),
      );
      if (next) {
        row.amount = next.money;
        row.note = next.note;
      }
    });
}
