// The plan form's keep-alive part: how often the carrier wants the number used, what counts as a
// use, and when it was last used. "Use at least every" left empty means no activity rule.
import { useTranslation } from '@/i18n/i18n';
import type { Bound } from '@/ui/form-fields';
import { CheckboxField, DateField, SelectField, TextField } from '@/ui/form-fields';
import { ACTIVITY_KINDS } from '@/domain/activity-rule';
import { COUNT_FIELDS, type PlanFormValues } from './plan-form-values';

type Bind = <K extends keyof PlanFormValues>(key: K) => Bound<PlanFormValues[K]>;

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
            {ACTIVITY_KINDS.map((kind) => (
              <CheckboxField
                key={kind}
                label={t(`activityKindLabels.${kind}`)}
                {...bind(COUNT_FIELDS[kind])}
              />
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
