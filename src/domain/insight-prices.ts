// When the price paid for a line changed, and from what to what. The price is the amount paid per
// period, so paying three months at once is not mistaken for a price rise.
import type { Money } from './money';
import { compareDates, type PlainDate } from './plain-date';

export interface PaidPrice {
  paidOn: PlainDate;
  /** Orders two top-ups paid the same day. */
  createdAt: number;
  amount: Money;
  periods: number;
}

export interface PriceChange {
  on: PlainDate;
  from: Money;
  to: Money;
}

export interface PriceHistory {
  /** The first top-up's day and price per period. */
  since: PlainDate;
  first: Money;
  /** The latest top-up's price per period. */
  current: Money;
  /** Oldest first. */
  changes: PriceChange[];
}

/**
 * The amount of one period, rounded to the minor unit when the periods do not divide it evenly.
 * Prices are compared after rounding, so a change is only reported when it shows.
 */
export function pricePerPeriod(paid: Pick<PaidPrice, 'amount' | 'periods'>): Money {
  const periods = Math.max(1, paid.periods);
  return { minor: Math.round(paid.amount.minor / periods), currency: paid.amount.currency };
}

function samePrice(a: Money, b: Money): boolean {
  return a.minor === b.minor && a.currency === b.currency;
}

/** A line's price history from its top-ups in any order; null when it has none. */
export function priceHistory(payments: readonly PaidPrice[]): PriceHistory | null {
  const ordered = [...payments].sort(
    (a, b) => compareDates(a.paidOn, b.paidOn) || a.createdAt - b.createdAt,
  );
  const [first, ...rest] = ordered;
  if (!first) return null;
  const changes: PriceChange[] = [];
  let current = pricePerPeriod(first);
  for (const payment of rest) {
    const price = pricePerPeriod(payment);
    if (!samePrice(price, current)) changes.push({ on: payment.paidOn, from: current, to: price });
    current = price;
  }
  return { since: first.paidOn, first: pricePerPeriod(first), current, changes };
}
