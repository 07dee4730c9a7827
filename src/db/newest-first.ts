// The one order receipts are shown and exported in.
import type { TopUpRow } from './rows';

/**
 * Newest payment first; payments of one day in the order they were logged, latest first. Dates
 * are ISO strings, so plain comparison orders them (and is many times faster than localeCompare
 * over twenty thousand rows).
 */
export function newestFirst(a: TopUpRow, b: TopUpRow): number {
  if (a.paidOn !== b.paidOn) return a.paidOn < b.paidOn ? 1 : -1;
  if (a.createdAt !== b.createdAt) return b.createdAt - a.createdAt;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
