// The chart's numbers as a table: one row per month, one column per line, and the month's total.
import { useTranslation } from '@/i18n/i18n';
import { formatMonth, type MonthKey } from '@/domain/insight-months';
import type { CurrencySpend } from '@/domain/insight-spend';
import { MoneyText } from '@/ui/money-text';
import { type LineLooks, lookOf } from './line-look';
import { ScrollTable } from './scroll-table';

interface MonthTableProps {
  months: readonly MonthKey[];
  spend: CurrencySpend;
  looks: LineLooks;
  caption: string;
}

export function MonthTable({ months, spend, looks, caption }: MonthTableProps) {
  const { t, i18n } = useTranslation();
  return (
    <ScrollTable caption={caption}>
      <thead>
        <tr>
          <th scope="col">{t('insight.month')}</th>
          {spend.lines.map((line) => (
            <th key={line.lineId} scope="col">
              {lookOf(looks, line.lineId, t('insight.unknownLine')).name}
            </th>
          ))}
          <th scope="col">{t('insight.total')}</th>
        </tr>
      </thead>
      <tbody>
        {months.map((month, index) => (
          <tr key={month}>
            <th scope="row">{formatMonth(month, i18n.language, 'long')}</th>
            {spend.lines.map((line) => (
              <td key={line.lineId}>
                <MoneyText money={line.byMonth[index] ?? { minor: 0, currency: spend.currency }} />
              </td>
            ))}
            <td>
              <MoneyText money={spend.byMonth[index] ?? { minor: 0, currency: spend.currency }} />
            </td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{t('insight.monthsTotal', { months: months.length })}</th>
          {spend.lines.map((line) => (
            <td key={line.lineId}>
              <MoneyText money={line.inMonths} />
            </td>
          ))}
          <td>
            <MoneyText money={spend.inMonths} />
          </td>
        </tr>
      </tfoot>
    </ScrollTable>
  );
}
