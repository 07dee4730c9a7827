// A top-up's own fields, the same when it is logged and when it is edited: amount, day, periods,
// channel, method, confirmation number and note.
import { useTranslation } from '@/i18n/i18n';
import { CHANNELS, PAYMENT_METHODS } from '@/db/rows';
import type { Bound } from '@/ui/form-fields';
import { DateField, SelectField, TextField } from '@/ui/form-fields';
import type { FilledField, TopUpFormValues } from './top-up-form-values';

type Bind = <K extends keyof TopUpFormValues>(key: K) => Bound<TopUpFormValues[K]>;

export function TopUpFields({
  bind,
  currency,
  checkNote = () => undefined,
}: {
  bind: Bind;
  currency: string;
  /** "Check this" on a field filled from a pasted confirmation, until it is changed. */
  checkNote?: (field: FilledField) => string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        label={t('topUp.amount')}
        hint={currency}
        notice={checkNote('amount')}
        inputMode="decimal"
        {...bind('amount')}
      />
      <div className="field-row">
        <DateField label={t('topUp.paidOn')} notice={checkNote('paidOn')} {...bind('paidOn')} />
        <TextField label={t('topUp.periods')} inputMode="numeric" {...bind('periods')} />
      </div>
      <div className="field-row">
        <SelectField
          label={t('topUp.channel')}
          options={CHANNELS.map((channel) => ({
            value: channel,
            label: t(`channels.${channel}`),
          }))}
          {...bind('channel')}
        />
        <SelectField
          label={t('topUp.method')}
          options={PAYMENT_METHODS.map((method) => ({
            value: method,
            label: t(`methods.${method}`),
          }))}
          {...bind('method')}
        />
      </div>
      <TextField
        label={t('topUp.confirmation')}
        notice={checkNote('confirmation')}
        autoComplete="off"
        {...bind('confirmation')}
      />
      <TextField label={t('topUp.note')} rows={2} {...bind('note')} />
    </>
  );
}
