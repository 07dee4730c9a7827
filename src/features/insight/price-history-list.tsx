// Each line's price per period: what it was at the first top-up, and each change since. It reads
// every top-up, so it mounts only once the rest of the view is on screen.
import { useMemo } from 'react';
import { useTranslation } from '@/i18n/i18n';
import { usePriceHistories } from '@/db/use-insight';
import { type InsightFilter, matchesFilter } from '@/domain/insight-filter';
import { formatMoney, type Money } from '@/domain/money';
import { DateText } from '@/ui/date-text';
import { type LineLooks, lookOf, lookOrder } from './line-look';

/** Changes shown per line; a line repriced every month would otherwise fill the page. */
const MAX_CHANGES = 12;

export function PriceHistoryList({ filter, looks }: { filter: InsightFilter; looks: LineLooks }) {
  const { t, i18n } = useTranslation();
  const all = usePriceHistories();
  const histories = useMemo(() => {
    const order = lookOrder(looks);
    return [...(all ?? [])]
      .filter(
        ([lineId, history]) =>
          matchesFilter(filter, lineId, history.current.currency) ||
          matchesFilter(filter, lineId, history.first.currency),
      )
      .sort(([a], [b]) => order(a, b));
  }, [all, looks, filter]);
  const money = (value: Money) => formatMoney(value, i18n.language);
  if (all === undefined) return <p className="muted">{t('app.loading')}</p>;
  if (histories.length === 0) return <p className="muted">{t('insight.noPrices')}</p>;
  return (
    <div className="insight-prices">
      {histories.map(([lineId, history]) => {
        const name = lookOf(looks, lineId, t('insight.unknownLine')).name;
        const hidden = Math.max(0, history.changes.length - MAX_CHANGES);
        const shown = history.changes.slice(hidden);
        return (
          <div key={lineId} className="card">
            <h3>{name}</h3>
            <p>{t('insight.priceNow', { amount: money(history.current) })}</p>
            {hidden > 0 && (
              <p className="muted">{t('insight.earlierChanges', { count: hidden })}</p>
            )}
            <ol className="insight-price-list">
              {hidden === 0 && (
                <li>
                  <DateText date={history.since} />
                  <span>{t('insight.priceFirst', { amount: money(history.first) })}</span>
                </li>
              )}
              {shown.map((change, index) => (
                <li key={`${change.on}|${index}`}>
                  <DateText date={change.on} />
                  <span>
                    {t('insight.priceChange', { from: money(change.from), to: money(change.to) })}
                  </span>
                </li>
              ))}
            </ol>
          </div>
        );
      })}
    </div>
  );
}
