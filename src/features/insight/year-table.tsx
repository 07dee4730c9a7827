// This year and last year per line, with what keeping each line costs in an average month.
import { useTranslation } from '@/i18n/i18n';
import type { CurrencySpend } from '@/domain/insight-spend';
import { MoneyText } from '@/ui/money-text';
import { type LineLooks, lookOf } from './line-look';
import { ScrollTable } from './scroll-table';

interface YearTableProps {
  thisYear: number;
  spend: CurrencySpend;
  looks: LineLooks;
  caption: string;
}

export function YearTable({ thisYear, spend, looks, caption }: YearTableProps) {
  const { t } = useTranslation();
  return (
    <ScrollTable caption={caption}>
      <thead>
        <tr>
          <th scope="col">{t('insight.line')}</th>
          <th scope="col">{t('insight.thisYear', { year: String(thisYear) })}</th>
          <th scope="col">{t('insight.lastYear', { year: String(thisYear - 1) })}</th>
          <th scope="col">{t('insight.averagePerMonth')}</th>
        </tr>
      </thead>
      <tbody>
        {spend.lines.map((line) => (
          <tr key={line.lineId}>
            <th scope="row">{lookOf(looks, line.lineId, t('insight.unknownLine')).name}</th>
            <td>
              <MoneyText money={line.thisYear} />
            </td>
            <td>
              <MoneyText money={line.lastYear} />
            </td>
            <td>
              <MoneyText money={line.averagePerMonth} />
            </td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{t('insight.total')}</th>
          <td>
            <MoneyText money={spend.thisYear} />
          </td>
          <td>
            <MoneyText money={spend.lastYear} />
          </td>
          <td>
            <MoneyText money={spend.averagePerMonth} />
          </td>
        </tr>
      </tfoot>
    </ScrollTable>
  );
}
