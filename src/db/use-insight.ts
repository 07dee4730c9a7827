// Live reads for Insight: they run again whenever a top-up changes.
import type { PriceHistory } from '@/domain/insight-prices';
import type { PlainDate } from '@/domain/plain-date';
import { loadPriceHistories, loadSpend, type SpendData } from './insight';
import { useLiveRead } from './live-read';

/** Last year's and this year's spend, summed; undefined while loading. */
export function useSpend(today: PlainDate): SpendData | undefined {
  return useLiveRead(`spend:${today}`, () => loadSpend(today));
}

/** Each line's price history by line id; undefined while loading. */
export function usePriceHistories(): Map<string, PriceHistory> | undefined {
  return useLiveRead('price-histories', loadPriceHistories);
}
