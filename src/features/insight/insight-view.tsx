// Insight: what keeping the numbers costs month by month, this year and last, what is coming in
// the next 90 days, and how each line's price has moved. The database hands over sums, not
// top-ups (see db/insight.ts); this view only filters them and lays them out.
import { useId, useMemo, useState } from 'react';
import { useTranslation } from '@/i18n/i18n';
import { useSpend } from '@/db/use-insight';
import { useLines } from '@/db/use-lines';
import { type InsightFilter, matchesFilter, NO_FILTER } from '@/domain/insight-filter';
import { FORECAST_DAYS, forecastEnd, forecastPayments } from '@/domain/insight-forecast';
import { summariseSpend } from '@/domain/insight-spend';
import { DateText } from '@/ui/date-text';
import { EmptyState } from '@/ui/empty-state';
import { PageHeader } from '@/ui/page-header';
import { useToday } from '@/ui/use-today';
import { currencyName } from './currency-name';
import { ForecastList } from './forecast-list';
import { InsightFilters } from './insight-filters';
import { inLookOrder, type LineLook, SERIES_COLOURS } from './line-look';
import { MonthTable } from './month-table';
import { PriceHistoryList } from './price-history-list';
import { SpendChart } from './spend-chart';
import { YearTable } from './year-table';
import './insight.css';

export function InsightView() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const today = useToday();
  const lines = useLines();
  const spend = useSpend(today);
  const [filter, setFilter] = useState<InsightFilter>(NO_FILTER);
  const monthsId = useId();
  const yearsId = useId();
  const forecastId = useId();
  const pricesId = useId();

  // Every line keeps one place and colour, by name, whatever the filters hide.
  const looks = useMemo(() => {
    const sorted = [...(lines ?? [])].sort(
      (a, b) => a.name.localeCompare(b.name, locale) || a.id.localeCompare(b.id),
    );
    return new Map<string, LineLook>(
      sorted.map((line, index) => [line.id, { name: line.name, colour: index % SERIES_COLOURS }]),
    );
  }, [lines, locale]);

  const summary = useMemo(
    () =>
      spend &&
      summariseSpend(
        spend.sums.filter((sum) => matchesFilter(filter, sum.lineId, sum.amount.currency)),
        { today, firstPaidOn: spend.firstPaidOn },
      ),
    [spend, filter, today],
  );

  const forecast = useMemo(
    () =>
      forecastPayments(
        (lines ?? []).filter((line) => matchesFilter(filter, line.id, line.price.currency)),
        today,
      ),
    [lines, filter, today],
  );

  const currencies = useMemo(
    () =>
      [
        ...new Set([
          ...(spend?.sums ?? []).map((sum) => sum.amount.currency),
          ...(lines ?? []).map((line) => line.price.currency),
        ]),
      ].sort(),
    [spend, lines],
  );

  if (lines === undefined || spend === undefined || summary === undefined) {
    return <PageHeader title={t('insight.title')} />;
  }

  if (spend.topUpCount === 0 && lines.every((line) => line.archived)) {
    return (
      <>
        <PageHeader title={t('insight.title')} />
        <EmptyState title={t('insight.emptyTitle')}>
          <p>{t('insight.emptyBody')}</p>
        </EmptyState>
      </>
    );
  }

  return (
    <>
      <PageHeader title={t('insight.title')} />
      <InsightFilters
        filter={filter}
        lines={[...looks].map(([id, look]) => ({ id, name: look.name }))}
        currencies={currencies}
        onChange={setFilter}
      />

      <section className="insight-section" aria-labelledby={monthsId}>
        <h2 id={monthsId}>{t('insight.monthsTitle')}</h2>
        <p className="muted">{t('insight.monthsIntro', { months: summary.months.length })}</p>
        {summary.currencies.length === 0 && <p>{t('insight.noSpend')}</p>}
        {summary.currencies.map((currencySpend) => {
          const name = currencyName(currencySpend.currency, locale);
          const ordered = inLookOrder(currencySpend, looks);
          return (
            <div key={currencySpend.currency} className="card">
              <h3>{name}</h3>
              <SpendChart
                months={summary.months}
                spend={ordered}
                looks={looks}
                title={t('insight.chartTitle', { currency: name })}
              />
              <MonthTable
                months={summary.months}
                spend={ordered}
                looks={looks}
                caption={t('insight.monthTableCaption', { currency: name })}
              />
            </div>
          );
        })}
      </section>

      {summary.currencies.length > 0 && (
        <section className="insight-section" aria-labelledby={yearsId}>
          <h2 id={yearsId}>{t('insight.yearsTitle')}</h2>
          <p className="muted">{t('insight.averageHint')}</p>
          {summary.currencies.map((currencySpend) => {
            const name = currencyName(currencySpend.currency, locale);
            return (
              <div key={currencySpend.currency} className="card">
                <YearTable
                  thisYear={summary.thisYear}
                  spend={inLookOrder(currencySpend, looks)}
                  looks={looks}
                  caption={t('insight.yearTableCaption', { currency: name })}
                />
              </div>
            );
          })}
        </section>
      )}

      <section className="insight-section" aria-labelledby={forecastId}>
        <h2 id={forecastId}>{t('insight.forecastTitle', { days: FORECAST_DAYS })}</h2>
        <p className="muted">
          {t('insight.forecastIntro')} <DateText date={forecastEnd(today)} />
        </p>
        <div className="card">
          <ForecastList payments={forecast} looks={looks} labelId={forecastId} />
        </div>
      </section>

      <section className="insight-section" aria-labelledby={pricesId}>
        <h2 id={pricesId}>{t('insight.pricesTitle')}</h2>
        <p className="muted">{t('insight.pricesIntro')}</p>
        <PriceHistoryList filter={filter} looks={looks} />
      </section>
    </>
  );
}
