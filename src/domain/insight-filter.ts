// What Insight's filters keep: one line or all, one currency or all.

export interface InsightFilter {
  /** A line's id, or '' for every line. */
  lineId: string;
  /** A currency code, or '' for every currency. */
  currency: string;
}

export const NO_FILTER: InsightFilter = { lineId: '', currency: '' };

export function matchesFilter(filter: InsightFilter, lineId: string, currency: string): boolean {
  return (
    (filter.lineId === '' || filter.lineId === lineId) &&
    (filter.currency === '' || filter.currency === currency)
  );
}
