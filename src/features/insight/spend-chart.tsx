// Spend per month as stacked bars, one bar per month and one colour per line, for one currency.
// The bars form one keyboard stop: the arrow keys, Home and End move between months, and each bar
// is named with its month, total and parts. The focused or pressed month is also written out
// under the chart, for anyone who cannot hover.
import { numberFormat } from '@/domain/intl-formats';
import { type KeyboardEvent, useId, useRef, useState } from 'react';
import { useTranslation } from '@/i18n/i18n';
import { formatMonth, type MonthKey } from '@/domain/insight-months';
import { axisTicks } from '@/domain/insight-scale';
import type { CurrencySpend } from '@/domain/insight-spend';
import { formatMoney, formatMoneyPlain, minorDigits } from '@/domain/money';
import { MoneyText } from '@/ui/money-text';
import { type LineLooks, lookOf } from './line-look';
import { useElementWidth } from './use-element-width';

const HEIGHT = 200;
const TOP = 10;
const BOTTOM = 24;
const RIGHT = 4;
const FONT_WIDTH = 6.6;

interface SpendChartProps {
  months: readonly MonthKey[];
  spend: CurrencySpend;
  looks: LineLooks;
  title: string;
}

export function SpendChart({ months, spend, looks, title }: SpendChartProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const titleId = useId();
  const descriptionId = useId();
  const [box, width] = useElementWidth<HTMLDivElement>(300);
  const [selected, setSelected] = useState(months.length - 1);
  const bars = useRef<(SVGGElement | null)[]>([]);

  const { currency } = spend;
  const ticks = axisTicks(Math.max(0, ...spend.byMonth.map((money) => money.minor)));
  const top = ticks.at(-1) || 1;
  const axis = numberFormat(locale, {
    style: 'currency',
    currency,
    notation: 'compact',
    // Both bounds given, so that no digit count comes from the browser's data.
    minimumFractionDigits: 0,
    maximumFractionDigits: minorDigits(currency),
  });
  const tickLabels = ticks.map((minor) =>
    axis.format(formatMoneyPlain({ minor, currency }) as `${number}`),
  );
  const left = Math.ceil(Math.max(...tickLabels.map((label) => label.length)) * FONT_WIDTH) + 10;
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const slot = Math.max(0, width - left - RIGHT) / Math.max(1, months.length);
  const barWidth = Math.max(2, slot * 0.66);
  const y = (minor: number) => TOP + plotHeight - (minor / top) * plotHeight;
  // On a narrow screen every other month is labelled, always including the current one.
  const labelEvery = slot < 30 ? 2 : 1;
  const lastIndex = months.length - 1;

  const nameOf = (lineId: string) => lookOf(looks, lineId, t('insight.unknownLine')).name;
  const describe = (index: number): string => {
    const month = formatMonth(months[index] ?? months[0] ?? ('' as MonthKey), locale, 'long');
    const total = spend.byMonth[index];
    if (!total || total.minor === 0) return t('insight.barEmpty', { month });
    const parts = spend.lines
      .filter((line) => (line.byMonth[index]?.minor ?? 0) !== 0)
      .map((line) =>
        t('insight.barPart', {
          line: nameOf(line.lineId),
          amount: formatMoney(line.byMonth[index] ?? total, locale),
        }),
      );
    return t('insight.barLabel', {
      month,
      total: formatMoney(total, locale),
      lines: parts.join(t('insight.listSeparator')),
    });
  };

  function focusBar(index: number) {
    const next = Math.min(lastIndex, Math.max(0, index));
    setSelected(next);
    bars.current[next]?.focus();
  }

  function onKeyDown(event: KeyboardEvent<SVGGElement>) {
    const moves: Record<string, number> = {
      ArrowRight: selected + 1,
      ArrowDown: selected + 1,
      ArrowLeft: selected - 1,
      ArrowUp: selected - 1,
      Home: 0,
      End: lastIndex,
    };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    focusBar(target);
  }

  const selectedMonth = months[selected];
  const selectedTotal = spend.byMonth[selected];

  return (
    <div className="insight-chart">
      <div ref={box} className="insight-chart-box">
        <svg
          width={width}
          height={HEIGHT}
          viewBox={`0 0 ${width} ${HEIGHT}`}
          role="group"
          aria-labelledby={titleId}
          aria-describedby={descriptionId}
        >
          <title id={titleId}>{title}</title>
          <desc id={descriptionId}>
            {t('insight.chartDescription', {
              first: formatMonth(months[0] ?? ('' as MonthKey), locale, 'long'),
              last: formatMonth(months[lastIndex] ?? ('' as MonthKey), locale, 'long'),
            })}
          </desc>
          <g aria-hidden="true" className="insight-axis">
            {ticks.map((tick, index) => (
              <g key={tick}>
                <line x1={left} x2={width - RIGHT} y1={y(tick)} y2={y(tick)} />
                <text x={left - 6} y={y(tick)} dy="0.32em" textAnchor="end">
                  {tickLabels[index]}
                </text>
              </g>
            ))}
            {months.map((month, index) =>
              (lastIndex - index) % labelEvery === 0 ? (
                <text
                  key={month}
                  x={left + slot * (index + 0.5)}
                  y={HEIGHT - 6}
                  textAnchor="middle"
                >
                  {formatMonth(month, locale, 'short')}
                </text>
              ) : null,
            )}
          </g>
          <g role="list" aria-label={t('insight.monthsLabel')} onKeyDown={onKeyDown}>
            {months.map((month, index) => {
              const x = left + slot * index + (slot - barWidth) / 2;
              let stacked = 0;
              return (
                <g
                  key={month}
                  ref={(element) => {
                    bars.current[index] = element;
                  }}
                  role="listitem"
                  tabIndex={index === selected ? 0 : -1}
                  aria-label={describe(index)}
                  className={index === selected ? 'insight-bar selected' : 'insight-bar'}
                  onFocus={() => setSelected(index)}
                  onClick={() => focusBar(index)}
                >
                  <rect
                    className="insight-bar-frame"
                    x={left + slot * index + 1}
                    y={TOP - 4}
                    width={Math.max(0, slot - 2)}
                    height={plotHeight + 4}
                    rx={4}
                  />
                  {spend.lines.map((line) => {
                    const minor = line.byMonth[index]?.minor ?? 0;
                    if (minor <= 0) return null;
                    const from = stacked;
                    stacked += minor;
                    return (
                      <rect
                        key={line.lineId}
                        className={`insight-segment insight-series-${lookOf(looks, line.lineId, '').colour}`}
                        x={x}
                        y={y(stacked)}
                        width={barWidth}
                        height={y(from) - y(stacked)}
                      />
                    );
                  })}
                </g>
              );
            })}
          </g>
        </svg>
      </div>
      {selectedMonth && selectedTotal && (
        <div className="insight-readout">
          <p>
            {t('insight.readout', {
              month: formatMonth(selectedMonth, locale, 'long'),
              total: formatMoney(selectedTotal, locale),
            })}
          </p>
          <ul className="insight-legend" aria-label={t('insight.legend')}>
            {spend.lines.map((line) => {
              const look = lookOf(looks, line.lineId, t('insight.unknownLine'));
              const amount = line.byMonth[selected];
              return (
                <li key={line.lineId}>
                  <span
                    className={`insight-swatch insight-series-${look.colour}`}
                    aria-hidden="true"
                  />
                  <span className="insight-legend-name">{look.name}</span>
                  {amount && <MoneyText money={amount} />}
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </div>
  );
}
