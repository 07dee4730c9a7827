// The payments of the next 90 days, by date, and what they add up to in each currency; renewals a
// balance pays are listed as such and left out of the total.
import { useTranslation } from '@/i18n/i18n';
import type { ForecastPayment } from '@/domain/insight-forecast';
import { formatMoney, totalsByCurrency } from '@/domain/money';
import { DateText } from '@/ui/date-text';
import { MoneyText } from '@/ui/money-text';
import { type LineLooks, lookOf } from './line-look';

interface ForecastListProps {
  payments: readonly ForecastPayment[];
  looks: LineLooks;
  labelId: string;
}

export function ForecastList({ payments, looks, labelId }: ForecastListProps) {
  const { t, i18n } = useTranslation();
  if (payments.length === 0) return <p className="muted">{t('insight.noForecast')}</p>;
  const totals = totalsByCurrency(
    payments.filter((payment) => !payment.fromBalance).map((payment) => payment.amount),
  );
  return (
    <>
      <ol className="insight-forecast" aria-labelledby={labelId}>
        {payments.map((payment) => (
          <li key={`${payment.lineId}|${payment.due}`}>
            <DateText date={payment.due} />
            <span className="insight-forecast-line">
              {lookOf(looks, payment.lineId, t('insight.unknownLine')).name}
              {payment.overdue && (
                <span className="badge badge-overdue">{t('insight.overdue')}</span>
              )}
              {payment.fromBalance && <span className="badge">{t('insight.fromBalance')}</span>}
            </span>
            <MoneyText money={payment.amount} />
          </li>
        ))}
      </ol>
      <p className="insight-total">
        {t('insight.forecastTotal', {
          amounts: totals
            .map((total) => formatMoney(total, i18n.language))
            .join(t('insight.currencySeparator')),
        })}
      </p>
    </>
  );
}
