// What the top-ups cost, added up exactly per month, line and currency, then laid out for Insight:
// the last months, this year and last year, and the average month of each line. Currencies are
// never added together.
import { lastMonths, monthOf, monthsBetween, type MonthKey } from './insight-months';
import type { Money } from './money';
import { toParts, type PlainDate } from './plain-date';

export type PaidAmount = { lineId: string; paidOn: PlainDate; amount: Money };

/** The exact sum of one line's top-ups in one month and one currency. */
export type MonthlySum = { lineId: string; month: MonthKey; amount: Money };

export interface LineSpend {
  lineId: string;
  /** One sum per month of the summary, in its order. */
  byMonth: Money[];
  /** The sum of `byMonth`. */
  inMonths: Money;
  thisYear: Money;
  lastYear: Money;
  /** `inMonths` spread over the months the line has had top-ups for, rounded to the minor unit. */
  averagePerMonth: Money;
}

export interface CurrencySpend {
  currency: string;
  /** Every line with a top-up in this currency in the months shown or in the two years, by id. */
  lines: LineSpend[];
  byMonth: Money[];
  inMonths: Money;
  thisYear: Money;
  lastYear: Money;
  /** What keeping every line costs in an average month: the lines' averages added up. */
  averagePerMonth: Money;
}

export interface SpendSummary {
  /** The months shown, oldest first, ending with the current month. */
  months: MonthKey[];
  thisYear: number;
  /** One entry per currency, by currency code. */
  currencies: CurrencySpend[];
}

export interface SpendOptions {
  today: PlainDate;
  /** The day of each line's first top-up ever, which may be before the months summed. */
  firstPaidOn: ReadonlyMap<string, PlainDate>;
  /** How many months to show; 12 unless said. */
  monthCount?: number;
}

function addExact(a: number, b: number, currency: string): number {
  const sum = a + b;
  if (!Number.isSafeInteger(sum)) throw new RangeError(`Total in ${currency} is not exact`);
  return sum;
}

/** One exact sum per line, month and currency, ordered by month, line and currency. */
export function sumByMonth(payments: Iterable<PaidAmount>): MonthlySum[] {
  const sums = new Map<string, MonthlySum>();
  for (const { lineId, paidOn, amount } of payments) {
    const month = monthOf(paidOn);
    // Month and currency never hold "|", so the line id after them cannot blur the key.
    const key = `${month}|${amount.currency}|${lineId}`;
    const sum = sums.get(key);
    if (sum) sum.amount.minor = addExact(sum.amount.minor, amount.minor, amount.currency);
    else sums.set(key, { lineId, month, amount: { ...amount } });
  }
  return [...sums.values()].sort(
    (a, b) =>
      a.month.localeCompare(b.month) ||
      a.lineId.localeCompare(b.lineId) ||
      a.amount.currency.localeCompare(b.amount.currency),
  );
}

interface Tally {
  byMonth: number[];
  thisYear: number;
  lastYear: number;
}

/**
 * Lays out monthly sums for one view: the last `monthCount` months, this year and last year, per
 * currency and line, with totals. A line's average month divides what it cost in the months shown
 * by how many of them it has had since its first top-up, so a line added three months ago is not
 * made to look cheap by nine empty months.
 */
export function summariseSpend(sums: readonly MonthlySum[], options: SpendOptions): SpendSummary {
  const { today, firstPaidOn, monthCount = 12 } = options;
  const months = lastMonths(today, monthCount);
  const monthIndex = new Map(months.map((month, index) => [month, index]));
  const thisYear = toParts(today).year;
  const yearOf = (month: MonthKey) => Number(month.slice(0, 4));

  const byCurrency = new Map<string, Map<string, Tally>>();
  for (const { lineId, month, amount } of sums) {
    const index = monthIndex.get(month);
    const year = yearOf(month);
    if (index === undefined && year !== thisYear && year !== thisYear - 1) continue;
    const { currency, minor } = amount;
    let lines = byCurrency.get(currency);
    if (!lines) byCurrency.set(currency, (lines = new Map()));
    let tally = lines.get(lineId);
    if (!tally) {
      tally = { byMonth: months.map(() => 0), thisYear: 0, lastYear: 0 };
      lines.set(lineId, tally);
    }
    if (index !== undefined) {
      tally.byMonth[index] = addExact(tally.byMonth[index] ?? 0, minor, currency);
    }
    if (year === thisYear) tally.thisYear = addExact(tally.thisYear, minor, currency);
    if (year === thisYear - 1) tally.lastYear = addExact(tally.lastYear, minor, currency);
  }

  const first = months[0];
  const last = months.at(-1);
  const monthsOfLine = (lineId: string): number => {
    if (first === undefined || last === undefined) return 1;
    const firstPaid = firstPaidOn.get(lineId);
    const start = firstPaid && monthOf(firstPaid) > first ? monthOf(firstPaid) : first;
    return Math.max(1, monthsBetween(start, last) + 1);
  };

  const currencies = [...byCurrency.keys()].sort().map((currency): CurrencySpend => {
    const money = (minor: number): Money => ({ minor, currency });
    const total = (values: number[]) => values.reduce((a, b) => addExact(a, b, currency), 0);
    const tallies = [...(byCurrency.get(currency) ?? new Map<string, Tally>())].sort(([a], [b]) =>
      a.localeCompare(b),
    );
    let averageSum = 0;
    const lines = tallies.map(([lineId, tally]): LineSpend => {
      const inMonths = total(tally.byMonth);
      const average = inMonths / monthsOfLine(lineId);
      averageSum += average;
      return {
        lineId,
        byMonth: tally.byMonth.map(money),
        inMonths: money(inMonths),
        thisYear: money(tally.thisYear),
        lastYear: money(tally.lastYear),
        averagePerMonth: money(Math.round(average)),
      };
    });
    const column = (pick: (tally: Tally) => number) => total(tallies.map(([, t]) => pick(t)));
    return {
      currency,
      lines,
      byMonth: months.map((_, index) => money(column((t) => t.byMonth[index] ?? 0))),
      inMonths: money(total(lines.map((line) => line.inMonths.minor))),
      thisYear: money(column((t) => t.thisYear)),
      lastYear: money(column((t) => t.lastYear)),
      averagePerMonth: money(Math.round(averageSum)),
    };
  });

  return { months, thisYear, currencies };
}
