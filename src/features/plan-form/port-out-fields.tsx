// The plan form's port-out kit: what moving the number to another carrier needs. All of it may
// stay empty; it is kept on this device and in backups, never in the CSV export.
import { useTranslation } from '@/i18n/i18n';
import type { Bound } from '@/ui/form-fields';
import { DateField, TextField } from '@/ui/form-fields';
import type { PlanFormValues } from './plan-form-values';

type Bind = <K extends keyof PlanFormValues>(key: K) => Bound<PlanFormValues[K]>;

export function PortOutFields({ bind }: { bind: Bind }) {
  const { t } = useTranslation();
  return (
    <fieldset className="keep-alive">
      <legend>{t('portOut.title')}</legend>
      <p className="hint">{t('portOut.hint')}</p>
      <div className="field-row">
        <TextField
          label={t('portOut.accountNumber')}
          autoComplete="off"
          {...bind('accountNumber')}
        />
        <TextField
          label={t('portOut.billingZip')}
          autoComplete="postal-code"
          {...bind('billingZip')}
        />
      </div>
      <div className="field-row">
        <DateField label={t('portOut.pinIssuedOn')} {...bind('pinIssuedOn')} />
        <DateField
          label={t('portOut.pinExpiresOn')}
          hint={t('portOut.pinExpiresOnHint')}
          {...bind('pinExpiresOn')}
        />
      </div>
      <TextField
        label={t('portOut.usedFor')}
        hint={t('portOut.usedForHint')}
        rows={2}
        {...bind('usedFor')}
      />
    </fieldset>
  );
}
