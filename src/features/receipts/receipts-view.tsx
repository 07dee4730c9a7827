// Every top-up across lines, newest first: search, filter, totals, and a CSV of what is shown.
import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from '@/i18n/i18n';
import { topUpsCsv, usesCsv } from '@/db/csv-export';
import { useReceipts, useUseCount } from '@/db/use-receipts';
import { useLines } from '@/db/use-lines';
import { totalsByCurrency } from '@/domain/money';
import { EmptyState } from '@/ui/empty-state';
import { MoneyText } from '@/ui/money-text';
import { PageHeader } from '@/ui/page-header';
import { saveFile } from '@/ui/save-file';
import {
  filterReceipts,
  type ReceiptFilter,
  receiptYears,
  searchableReceipts,
} from './receipt-filter';
import { ReceiptList } from './receipt-list';

export function ReceiptsView() {
  const { t } = useTranslation();
  const receipts = useReceipts();
  const useCount = useUseCount();
  const topUps = receipts?.topUps;
  const lines = useLines();
  const [filter, setFilter] = useState<ReceiptFilter>({ query: '', lineId: '', year: '' });
  const deferredFilter = useDeferredValue(filter);
  const lineMap = useMemo(() => new Map((lines ?? []).map((line) => [line.id, line])), [lines]);
  const searchable = useMemo(() => searchableReceipts(topUps ?? [], lineMap), [topUps, lineMap]);
  const shown = useMemo(
    () => filterReceipts(searchable, deferredFilter),
    [searchable, deferredFilter],
  );
  const years = useMemo(() => receiptYears(topUps ?? []), [topUps]);
  const totals = useMemo(() => totalsByCurrency(shown.map((topUp) => topUp.amount)), [shown]);

  if (receipts === undefined || topUps === undefined || lines === undefined)
    return <PageHeader title={t('receipts.title')} />;

  async function exportCsv() {
    const blob = await topUpsCsv(shown.map((topUp) => topUp.id));
    saveFile(blob, t('receipts.csvFileName'));
  }

  async function exportUses() {
    saveFile(await usesCsv(), t('receipts.usesFileName'));
  }

  return (
    <>
      <PageHeader title={t('receipts.title')}>
        {topUps.length > 0 && (
          <button
            type="button"
            className="secondary"
            // What is shown is only the first screenful until every receipt has been read.
            disabled={!receipts.complete}
            onClick={() => void exportCsv()}
          >
            {t('receipts.exportCsv')}
          </button>
        )}
        {useCount !== undefined && useCount > 0 && (
          <button type="button" className="secondary" onClick={() => void exportUses()}>
            {t('receipts.exportUses')}
          </button>
        )}
      </PageHeader>
      {topUps.length === 0 ? (
        <EmptyState title={t('receipts.emptyTitle')}>
          <p>{t('receipts.emptyBody')}</p>
        </EmptyState>
      ) : (
        <>
          <div className="card receipt-filters" role="search">
            <div className="field">
              <label htmlFor="receipt-search">{t('receipts.search')}</label>
              <input
                id="receipt-search"
                type="search"
                value={filter.query}
                placeholder={t('receipts.searchHint')}
                onChange={(event) => setFilter({ ...filter, query: event.target.value })}
              />
            </div>
            <div className="field-row">
              <div className="field">
                <label htmlFor="receipt-line">{t('receipts.line')}</label>
                <select
                  id="receipt-line"
                  value={filter.lineId}
                  onChange={(event) => setFilter({ ...filter, lineId: event.target.value })}
                >
                  <option value="">{t('receipts.allLines')}</option>
                  {lines.map((line) => (
                    <option key={line.id} value={line.id}>
                      {line.name}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor="receipt-year">{t('receipts.year')}</label>
                <select
                  id="receipt-year"
                  value={filter.year}
                  onChange={(event) => setFilter({ ...filter, year: event.target.value })}
                >
                  <option value="">{t('receipts.allYears')}</option>
                  {years.map((year) => (
                    <option key={year} value={year}>
                      {year}
                    </option>
                  ))}
                </select>
              </div>
            </div>
          </div>
          <p className="receipt-summary" role="status">
            {receipts.complete ? (
              <>
                {t('receipts.shown', { count: shown.length })}
                {totals.length > 0 && ' · '}
                {totals.map((total) => (
                  <span key={total.currency} className="total">
                    <MoneyText money={total} />
                  </span>
                ))}
              </>
            ) : (
              t('receipts.loadingAll')
            )}
          </p>
          <ReceiptList topUps={shown} lines={lineMap} />
        </>
      )}
    </>
  );
}
