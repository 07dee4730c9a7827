// The receipts as a virtualised list: only the rows on screen are in the page, so 20,000
// receipts scroll as smoothly as twenty.
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from '@/i18n/i18n';
import { Link } from 'wouter';
import type { LineRow, TopUpRow } from '@/db/rows';
import { DateText } from '@/ui/date-text';
import { MoneyText } from '@/ui/money-text';

const ROW_ESTIMATE = 76;

export function ReceiptList({
  topUps,
  lines,
}: {
  topUps: TopUpRow[];
  lines: ReadonlyMap<string, LineRow>;
}) {
  const { t } = useTranslation();
  const list = useRef<HTMLUListElement>(null);
  const [offset, setOffset] = useState(0);
  useLayoutEffect(() => {
    setOffset(list.current?.offsetTop ?? 0);
  }, []);
  const virtualizer = useWindowVirtualizer({
    count: topUps.length,
    estimateSize: () => ROW_ESTIMATE,
    overscan: 8,
    scrollMargin: offset,
  });
  const items = virtualizer.getVirtualItems();

  return (
    <ul
      ref={list}
      className="receipt-list"
      aria-label={t('receipts.listLabel')}
      style={{ height: virtualizer.getTotalSize() }}
    >
      {items.map((item) => {
        const topUp = topUps[item.index];
        if (!topUp) return null;
        const line = lines.get(topUp.lineId);
        return (
          <li
            key={topUp.id}
            ref={virtualizer.measureElement}
            data-index={item.index}
            aria-setsize={topUps.length}
            aria-posinset={item.index + 1}
            className="receipt-row"
            style={{ transform: `translateY(${item.start - virtualizer.options.scrollMargin}px)` }}
          >
            <div className="receipt-main">
              <Link href={`/plans/${topUp.lineId}`} className="receipt-line">
                {line?.name ?? t('receipts.unknownLine')}
              </Link>
              <MoneyText money={topUp.amount} />
            </div>
            <div className="receipt-meta muted">
              <DateText date={topUp.paidOn} />
              {topUp.confirmation && (
                <span>{t('history.confirmation', { number: topUp.confirmation })}</span>
              )}
              <span>{t(`channels.${topUp.channel}`)}</span>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
