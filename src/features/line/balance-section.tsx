// A line's balance on its page: what it holds, how many renewals it pays and when to top up, one
// field to correct it by hand (as the carrier shows it today), and its earlier readings.
import { useTranslation } from '@/i18n/i18n';
import { correctBalance } from '@/db/balance';
import type { LineRow } from '@/db/rows';
import { projectBalance } from '@/domain/balance';
import { formatMoney } from '@/domain/money';
import type { LineBalance } from '@/domain/number-lost';
import { formatPlainDate } from '@/domain/plain-date-format';
import { checkMoney } from '@/ui/form-error';
import { TextField } from '@/ui/form-fields';
import { DateText } from '@/ui/date-text';
import { MoneyText } from '@/ui/money-text';
import { useForm } from '@/ui/use-form';
import { useToday } from '@/ui/use-today';

/** "$17.40 on Dec 20 covers 1 more renewal (Jan 9); top up $2.60 by Feb 8." */
function useBalanceSentence(line: LineRow, balance: LineBalance): string {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const money = formatMoney(balance.amount, locale);
  const date = formatPlainDate(balance.asOf, locale);
  const projection = balance.renewsFromBalance
    ? projectBalance(balance, line.price, line.rule, line.nextDue)
    : undefined;
  if (!projection) return t('balance.reading', { balance: money, date });
  const values = {
    balance: money,
    date,
    count: projection.covered,
    short: formatMoney(projection.shortBy, locale),
    by: formatPlainDate(projection.topUpBy, locale),
  };
  return projection.lastCovered
    ? t('balance.covers', { ...values, last: formatPlainDate(projection.lastCovered, locale) })
    : t('balance.coversNone', values);
}

export function BalanceSection({ line, balance }: { line: LineRow; balance: LineBalance }) {
  const { t } = useTranslation();
  const today = useToday();
  const sentence = useBalanceSentence(line, balance);
  const form = useForm({
    draftKey: `balance:${line.id}`,
    initial: { amount: '' },
    check: ({ amount }) => {
      const checked = checkMoney(amount, line.price.currency);
      return checked.ok
        ? { ok: true, input: checked.value }
        : { ok: false, errors: { amount: checked.error } };
    },
    async save(amount) {
      await correctBalance(line.id, { amount, asOf: today });
      form.setValues({ amount: '' });
      return 'stay';
    },
  });

  return (
    <section className="card line-section" aria-labelledby={`balance-${line.id}`}>
      <h2 id={`balance-${line.id}`}>{t('balance.title')}</h2>
      <p>{sentence}</p>
      {balance.creditExpiresOn && (
        <p>
          {t('balance.creditExpires')} <DateText date={balance.creditExpiresOn} />
        </p>
      )}
      <form className="inline-form" noValidate onSubmit={form.onSubmit}>
        <TextField
          label={t('balance.correct')}
          hint={t('balance.correctHint', { currency: line.price.currency })}
          inputMode="decimal"
          {...form.bind('amount')}
        />
        <button type="submit" disabled={form.footer.saving}>
          {t('balance.save')}
        </button>
      </form>
      {form.footer.saveError && (
        <p role="alert" className="form-alert">
          {form.footer.saveError}
        </p>
      )}
      {line.balanceHistory && line.balanceHistory.length > 0 && (
        <table className="balance-history">
          <caption>{t('balance.history')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('balance.readOn')}</th>
              <th scope="col">{t('balance.amount')}</th>
            </tr>
          </thead>
          <tbody>
            {line.balanceHistory.map((reading, index) => (
              <tr key={index}>
                <td>
                  <DateText date={reading.asOf} />
                </td>
                <td>
                  <MoneyText money={reading.amount} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
