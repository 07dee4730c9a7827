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
          <YearRow
            key={line.lineId}
            label={lookOf(looks, line.lineId, t('insight.unknownLine')).name}
            sums={line}
          />
        ))}
      </tbody>
      <tfoot>
        <YearRow label={t('insight.total')} sums={spend} />
      </tfoot>
    </ScrollTable>
  );
}

/** A line's row or the total's, in the columns of the head. */
function YearRow({
  label,
  sums,
}: {
  label: string;
  sums: Pick<CurrencySpend, 'thisYear' | 'lastYear' | 'averagePerMonth'>;
}) {
  return (
    <tr>
      <th scope="row">{label}</th>
      <td>
        <MoneyText money={sums.thisYear} />
      </td>
      <td>
        <MoneyText money={sums.lastYear} />
      </td>
      <td>
        <MoneyText money={sums.averagePerMonth} />
      </td>
    </tr>
  );
}
