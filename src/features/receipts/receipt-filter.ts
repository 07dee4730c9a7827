// Which receipts a search and the filters keep. A search matches the line's name, carrier or
// number, the confirmation number, the note, or the amount as typed ("15", "15.00", "$15").
// The text each receipt is searched by is prepared once per change of the data, so that a
// keystroke costs one substring test per receipt even with twenty thousand of them.
import type { LineRow, TopUpRow } from '@/db/rows';
import { formatMoneyPlain, type Money, parseMoney } from '@/domain/money';

export interface ReceiptFilter {
  query: string;
  lineId: string;
  year: string;
}

export interface SearchableReceipt {
  topUp: TopUpRow;
  /** The searchable fields, normalised, joined by a character no query can hold. */
  text: string;
  /** The amount as plain digits ("15.50"), which a query may begin. */
  plainAmount: string;
}

const FIELD_SEPARATOR = '\u0000';

function normalise(text: string): string {
  return text.normalize('NFKC').toLowerCase().trim();
}

/** Each receipt with the text it is found by; lines are normalised once, not once per receipt. */
export function searchableReceipts(
  topUps: readonly TopUpRow[],
  lines: ReadonlyMap<string, LineRow>,
): SearchableReceipt[] {
  const lineTexts = new Map<string, string>();
  for (const [id, line] of lines) {
    lineTexts.set(id, [line.name, line.carrier, line.phone].map(normalise).join(FIELD_SEPARATOR));
  }
  const plainAmounts = new Map<string, string>();
  const plain = (money: Money) => {
    const key = `${money.currency}|${money.minor}`;
    let text = plainAmounts.get(key);
    if (text === undefined) plainAmounts.set(key, (text = formatMoneyPlain(money)));
    return text;
  };
  return topUps.map((topUp) => ({
    topUp,
    text: [lineTexts.get(topUp.lineId) ?? '', normalise(topUp.confirmation), normalise(topUp.note)]
      .filter(Boolean)
      .join(FIELD_SEPARATOR),
    plainAmount: plain(topUp.amount),
  }));
}

export function filterReceipts(
  receipts: readonly SearchableReceipt[],
  filter: ReceiptFilter,
): TopUpRow[] {
  const query = normalise(filter.query);
  // The query read as an amount depends on the currency only, so it is parsed once per currency.
  const amounts = new Map<string, number | null>();
  const amountIn = (currency: string) => {
    let minor = amounts.get(currency);
    if (minor === undefined) {
      const parsed = parseMoney(query, currency);
      amounts.set(currency, (minor = parsed.ok ? parsed.money.minor : null));
    }
    return minor;
  };
  const year = filter.year ? `${filter.year}-` : '';
  const kept: TopUpRow[] = [];
  for (const { topUp, text, plainAmount } of receipts) {
    if (filter.lineId && topUp.lineId !== filter.lineId) continue;
    if (year && !topUp.paidOn.startsWith(year)) continue;
    if (
      !query ||
      text.includes(query) ||
      plainAmount.startsWith(query) ||
      amountIn(topUp.amount.currency) === topUp.amount.minor
    ) {
      kept.push(topUp);
    }
  }
  return kept;
}

/** The years that have receipts, newest first. */
export function receiptYears(topUps: readonly TopUpRow[]): string[] {
  return [...new Set(topUps.map((topUp) => topUp.paidOn.slice(0, 4)))].sort().reverse();
}
