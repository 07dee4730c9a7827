// The plan form's keep-alive part: how often the carrier wants the number used, what counts as a
// use, and when it was last used. "Use at least every" left empty means no activity rule.
import { useTranslation } from '@/i18n/i18n';
import type { Bound } from '@/ui/form-fields';
import { CheckboxField, DateField, SelectField, TextField } from '@/ui/form-fields';
import type { PlanFormValues } from './plan-form-values';

type Bind = <K extends keyof PlanFormValues>(key: K) => Bound<PlanFormValues[K]>;

const COUNT_BOXES = [
  ['countsCall', 'call'],
  ['countsSms', 'sms'],
  ['countsData', 'data'],
  ['countsTopUp', 'top-up'],
] as const;

export function ActivityFields({ bind, ruled }: { bind: Bind; ruled: boolean }) {
  const { t } = useTranslation();
  return (
    <fieldset className="keep-alive">
      <legend>{t('planForm.keepAlive')}</legend>
      <div className="field-row">
        <TextField
          label={t('planForm.activityEvery')}
          hint={t('planForm.activityEveryHint')}
          inputMode="numeric"
          {...bind('activityEvery')}
        />
        <SelectField
          label={t('planForm.activityUnit')}
          options={[
            { value: 'months', label: t('planForm.activityMonths') },
            { value: 'days', label: t('planForm.activityDays') },
          ]}
          {...bind('activityUnit')}
        />
      </div>
      {ruled && (
        <>
          <fieldset className="checkbox-group">
            <legend>{t('planForm.countsLegend')}</legend>
            {COUNT_BOXES.map(([field, kind]) => (
              <CheckboxField key={field} label={t(`activityKindLabels.${kind}`)} {...bind(field)} />
            ))}
          </fieldset>
          <DateField
            label={t('planForm.lastUsedOn')}
            hint={t('planForm.lastUsedOnHint')}
            {...bind('lastUsedOn')}
          />
        </>
      )}
    </fieldset>
  );
}
