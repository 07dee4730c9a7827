// The plan form's balance part: what the account holds, the day it was read, whether the plan's
// fee is taken from it, and when the credit itself expires. "Balance" left empty means the
// balance is not tracked.
import { useTranslation } from '@/i18n/i18n';
import type { Bound } from '@/ui/form-fields';
import { CheckboxField, DateField, TextField } from '@/ui/form-fields';
import type { PlanFormValues } from './plan-form-values';

type Bind = <K extends keyof PlanFormValues>(key: K) => Bound<PlanFormValues[K]>;

export function BalanceFields({ bind, tracked }: { bind: Bind; tracked: boolean }) {
  const { t } = useTranslation();
  return (
    <fieldset className="keep-alive">
      <legend>{t('planForm.balanceLegend')}</legend>
      <TextField
        label={t('planForm.balance')}
        hint={t('planForm.balanceHint')}
        inputMode="decimal"
        {...bind('balance')}
      />
      {tracked && (
        <>
          <DateField label={t('planForm.balanceOn')} {...bind('balanceOn')} />
          <CheckboxField
            label={t('planForm.renewsFromBalance')}
            hint={t('planForm.renewsFromBalanceHint')}
            {...bind('renewsFromBalance')}
          />
          <DateField
            label={t('planForm.creditExpiresOn')}
            hint={t('planForm.creditExpiresOnHint')}
            {...bind('creditExpiresOn')}
          />
        </>
      )}
    </fieldset>
  );
}
