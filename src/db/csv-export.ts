// The receipts, and the uses of numbers, as CSV files for a spreadsheet. They are the same in
// every language of the app: English column keys, ISO dates and plain decimal amounts, so that
// sums and sorting work anywhere. A line's port-out kit is never in them.
import { toCsv } from '@/domain/csv';
import { formatMoneyPlain } from '@/domain/money';
import { db } from './database';
import { newestFirst } from './newest-first';
import type { LineRow, TopUpRow, UseRow } from './rows';

export const TOP_UPS_CSV_HEADER = [
  'line',
  'carrier',
  'phone_number',
  'paid_on',
  'amount',
  'currency',
  'periods',
  'channel',
  'payment_method',
  'confirmation_number',
  'note',
  'due_before',
  'due_after',
] as const;

function topUpFields(topUp: TopUpRow, line: LineRow | undefined): string[] {
  return [
    line?.name ?? '',
    line?.carrier ?? '',
    line?.phone ?? '',
    topUp.paidOn,
    formatMoneyPlain(topUp.amount),
    topUp.amount.currency,
    String(topUp.periods),
    topUp.channel,
    topUp.method,
    topUp.confirmation,
    topUp.note,
    topUp.dueBefore,
    topUp.dueAfter,
  ];
}

/**
 * Every top-up, or only those of `ids` (what a filtered list shows), as a UTF-8 CSV file.
 * Ids of top-ups that no longer exist are skipped.
 */
export async function topUpsCsv(ids?: readonly string[]): Promise<Blob> {
  const { topUps, lines } = await db.transaction('r', [db.lines, db.topUps], async () => {
    const chosen = ids
      ? (await db.topUps.bulkGet([...new Set(ids)])).filter((row) => row !== undefined)
      : await db.topUps.toArray();
    return { topUps: chosen, lines: await db.lines.toArray() };
  });
  const linesById = new Map(lines.map((line) => [line.id, line]));
  const rows = topUps
    .sort(newestFirst)
    .map((topUp) => topUpFields(topUp, linesById.get(topUp.lineId)));
  return new Blob([toCsv([TOP_UPS_CSV_HEADER, ...rows])], { type: 'text/csv;charset=utf-8' });
}

export const USES_CSV_HEADER = [
  'line',
  'carrier',
  'phone_number',
  'used_on',
  'kind',
  'note',
] as const;

function useFields(use: UseRow, line: LineRow | undefined): string[] {
  return [line?.name ?? '', line?.carrier ?? '', line?.phone ?? '', use.usedOn, use.kind, use.note];
}

/** Every logged use of every line, the latest day first, as a UTF-8 CSV file. */
export async function usesCsv(): Promise<Blob> {
  const { uses, lines } = await db.transaction('r', [db.lines, db.uses], async () => ({
    uses: await db.uses.toArray(),
    lines: await db.lines.toArray(),
  }));
  const linesById = new Map(lines.map((line) => [line.id, line]));
  const rows = uses
    .sort((a, b) => b.usedOn.localeCompare(a.usedOn) || b.createdAt - a.createdAt)
    .map((use) => useFields(use, linesById.get(use.lineId)));
  return new Blob([toCsv([USES_CSV_HEADER, ...rows])], { type: 'text/csv;charset=utf-8' });
}
