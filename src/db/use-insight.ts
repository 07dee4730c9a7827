// Live reads for Insight: they run again whenever a top-up changes.
import { useLiveQuery } from 'dexie-react-hooks';
import type { PriceHistory } from '@/domain/insight-prices';
import type { PlainDate } from '@/domain/plain-date';
import { loadPriceHistories, loadSpend, type SpendData } from './insight';

/** Last year's and this year's spend, summed; undefined while loading. */
export function useSpend(today: PlainDate): SpendData | undefined {
  return useLiveQuery(() => loadSpend(today), [today]);
}

/** Each line's price history by line id; undefined while loading. */
export function usePriceHistories(): Map<string, PriceHistory> | undefined {
  return useLiveQuery(loadPriceHistories);
}
