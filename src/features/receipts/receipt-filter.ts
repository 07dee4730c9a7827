// Which receipts a search and the filters keep. A search matches the line's name, carrier or
// number, the confirmation number, the note, or the amount as typed ("15", "15.00", "$15").
import type { LineRow, TopUpRow } from '@/db/rows';
import { formatMoneyPlain, parseMoney } from '@/domain/money';

export interface ReceiptFilter {
  query: string;
  lineId: string;
  year: string;
}

function normalise(text: string): string {
  return text.normalize('NFKC').toLowerCase().trim();
}

export function filterReceipts(
  topUps: readonly TopUpRow[],
  lines: ReadonlyMap<string, LineRow>,
  filter: ReceiptFilter,
): TopUpRow[] {
  const query = normalise(filter.query);
  return topUps.filter((topUp) => {
    if (filter.lineId && topUp.lineId !== filter.lineId) return false;
    if (filter.year && !topUp.paidOn.startsWith(`${filter.year}-`)) return false;
    if (!query) return true;
    const line = lines.get(topUp.lineId);
    const texts = [line?.name, line?.carrier, line?.phone, topUp.confirmation, topUp.note];
    if (texts.some((text) => text && normalise(text).includes(query))) return true;
    const amount = parseMoney(query, topUp.amount.currency);
    return (
      (amount.ok && amount.money.minor === topUp.amount.minor) ||
      formatMoneyPlain(topUp.amount).startsWith(query)
    );
  });
}

/** The years that have receipts, newest first. */
export function receiptYears(topUps: readonly TopUpRow[]): string[] {
  return [...new Set(topUps.map((topUp) => topUp.paidOn.slice(0, 4)))].sort().reverse();
}
