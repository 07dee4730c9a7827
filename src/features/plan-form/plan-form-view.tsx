// Add or edit a plan. Every field has a visible label; problems show beside their field, and
// nothing is saved until the whole form is valid.
import { type FormEvent, useState } from 'react';
import { useTranslation } from '@/i18n/i18n';
import { useLocation } from 'wouter';
import { ConflictError } from '@/db/conflict-error';
import { createLine, updateLine } from '@/db/lines';
import type { LineRow } from '@/db/rows';
import { useLine } from '@/db/use-line';
import { useSettings } from '@/db/use-settings';
import { CARRIERS } from '@/domain/carriers';
import { upcomingDueDates } from '@/domain/renewal-rule';
import { DateInput } from '@/ui/date-input';
import { DateText } from '@/ui/date-text';
import { Field } from '@/ui/field';
import { FormFooter } from '@/ui/form-footer';
import { useFormErrorText } from '@/ui/form-error';
import { focusFirstInvalid } from '@/ui/focus-first-invalid';
import { PageHeader } from '@/ui/page-header';
import { useDraft } from '@/ui/use-draft';
import { useToday } from '@/ui/use-today';
import { COMMON_CURRENCIES } from './currencies';
import {
  checkPlanForm,
  type PlanFormErrors,
  type PlanFormValues,
  previewRule,
  valuesFromDefaults,
  valuesFromLine,
} from './plan-form-values';
import { requestPersistentStorage } from './request-persistent-storage';

export function PlanFormView({ params }: { params: { id?: string } }) {
  const settings = useSettings();
  const line = useLine(params.id ?? '');
  const today = useToday();
  if (!settings || (params.id && line === undefined)) return null;
  const editing = params.id ? (line ?? undefined) : undefined;
  const initial = editing ? valuesFromLine(editing) : valuesFromDefaults(settings, today);
  return <PlanForm key={editing?.id ?? 'new'} initial={initial} editing={editing} />;
}

function PlanForm({
  initial,
  editing: opened,
}: {
  initial: PlanFormValues;
  editing: LineRow | undefined;
}) {
  // The plan as it was when the form opened: its values fill the form, and its updatedAt is what
  // the save is based on. Following the live row instead would let a change made in another tab
  // meanwhile be overwritten without a word.
  const [editing] = useState(opened);
  const { t } = useTranslation();
  const errorText = useFormErrorText();
  const [, navigate] = useLocation();
  const [values, setValues] = useDraft(`plan:${editing?.id ?? 'new'}`, initial);
  const [errors, setErrors] = useState<PlanFormErrors>({});
  const [saveError, setSaveError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const set = <K extends keyof PlanFormValues>(key: K, value: PlanFormValues[K]) =>
    setValues((current) => ({ ...current, [key]: value }));
  const preview = previewRule(values, editing);
  const currencies = [...new Set([...COMMON_CURRENCIES, values.currency])];

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const checked = checkPlanForm(values, editing);
    if (!checked.ok) {
      setErrors(checked.errors);
      focusFirstInvalid(form);
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      if (editing) {
        await updateLine(editing.id, checked.input, editing.updatedAt);
        navigate(`/plans/${editing.id}`);
      } else {
        const id = await createLine(checked.input);
        void requestPersistentStorage();
        navigate(`/plans/${id}`);
      }
    } catch (error) {
      setSaveError(
        error instanceof ConflictError ? t('planForm.conflict') : t('errors.saveFailed'),
      );
      setSaving(false);
    }
  }

  const everyUnit =
    values.ruleKind === 'monthly' ? t('planForm.unitMonths') : t('planForm.unitDays');

  return (
    <>
      <PageHeader
        title={editing ? t('planForm.editTitle', { name: editing.name }) : t('planForm.addTitle')}
      />
      <form className="form card" noValidate onSubmit={(event) => void onSubmit(event)}>
        <Field
          label={t('planForm.name')}
          error={errorText(errors.name)}
          hint={t('planForm.nameHint')}
        >
          {(control) => (
            <input
              {...control}
              value={values.name}
              maxLength={200}
              autoComplete="off"
              onChange={(e) => set('name', e.target.value)}
            />
          )}
        </Field>
        <Field
          label={t('planForm.carrier')}
          error={errorText(errors.carrier)}
          hint={t('planForm.carrierHint')}
        >
          {(control) => (
            <>
              <input
                {...control}
                value={values.carrier}
                list="carrier-presets"
                autoComplete="off"
                onChange={(e) => set('carrier', e.target.value)}
              />
              <datalist id="carrier-presets">
                {CARRIERS.map((carrier) => (
                  <option key={carrier.name} value={carrier.name} />
                ))}
              </datalist>
            </>
          )}
        </Field>
        <Field label={t('planForm.phone')} error={errorText(errors.phone)}>
          {(control) => (
            <input
              {...control}
              type="tel"
              value={values.phone}
              autoComplete="off"
              onChange={(e) => set('phone', e.target.value)}
            />
          )}
        </Field>
        <Field label={t('planForm.plan')} error={errorText(errors.plan)}>
          {(control) => (
            <input {...control} value={values.plan} onChange={(e) => set('plan', e.target.value)} />
          )}
        </Field>
        <div className="field-row">
          <Field label={t('planForm.price')} error={errorText(errors.price)}>
            {(control) => (
              <input
                {...control}
                inputMode="decimal"
                value={values.price}
                onChange={(e) => set('price', e.target.value)}
              />
            )}
          </Field>
          <Field label={t('planForm.currency')}>
            {(control) => (
              <select
                {...control}
                value={values.currency}
                onChange={(e) => set('currency', e.target.value)}
              >
                {currencies.map((code) => (
                  <option key={code} value={code}>
                    {code}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <Field label={t('planForm.billing')}>
          {(control) => (
            <select
              {...control}
              value={values.billing}
              onChange={(e) =>
                set('billing', e.target.value === 'postpaid' ? 'postpaid' : 'prepaid')
              }
            >
              <option value="prepaid">{t('planForm.prepaid')}</option>
              <option value="postpaid">{t('planForm.postpaid')}</option>
            </select>
          )}
        </Field>
        <div className="field-row">
          <Field label={t('planForm.renewal')}>
            {(control) => (
              <select
                {...control}
                value={values.ruleKind}
                onChange={(e) => {
                  const kind =
                    e.target.value === 'days'
                      ? 'days'
                      : e.target.value === 'validity'
                        ? 'validity'
                        : 'monthly';
                  set('ruleKind', kind);
                  set('every', kind === 'monthly' ? '1' : '30');
                }}
              >
                <option value="monthly">{t('planForm.monthly')}</option>
                <option value="days">{t('planForm.days')}</option>
                <option value="validity">{t('planForm.validity')}</option>
              </select>
            )}
          </Field>
          <Field label={t('planForm.every')} error={errorText(errors.every)} hint={everyUnit}>
            {(control) => (
              <input
                {...control}
                inputMode="numeric"
                value={values.every}
                onChange={(e) => set('every', e.target.value)}
              />
            )}
          </Field>
        </div>
        {values.ruleKind === 'validity' ? (
          <div className="checkbox">
            <input
              id="plan-stack"
              type="checkbox"
              checked={values.stack}
              onChange={(e) => set('stack', e.target.checked)}
            />
            <label htmlFor="plan-stack">{t('planForm.stack')}</label>
          </div>
        ) : (
          <Field label={t('planForm.lateMode')}>
            {(control) => (
              <select
                {...control}
                value={values.lateMode}
                onChange={(e) =>
                  set(
                    'lateMode',
                    e.target.value === 'keep'
                      ? 'keep'
                      : e.target.value === 'restart'
                        ? 'restart'
                        : 'default',
                  )
                }
              >
                <option value="default">
                  {values.billing === 'prepaid'
                    ? t('planForm.lateDefaultRestart')
                    : t('planForm.lateDefaultKeep')}
                </option>
                <option value="keep">{t('planForm.lateKeep')}</option>
                <option value="restart">{t('planForm.lateRestart')}</option>
              </select>
            )}
          </Field>
        )}
        <Field label={t('planForm.nextDue')} error={errorText(errors.nextDue)}>
          {(control) => (
            <DateInput {...control} value={values.nextDue} onChange={(v) => set('nextDue', v)} />
          )}
        </Field>
        {preview && (
          <div className="preview" aria-live="polite">
            <p>{t('planForm.preview')}</p>
            <ol>
              {upcomingDueDates(preview.rule, preview.nextDue, 3).map((date) => (
                <li key={date}>
                  <DateText date={date} style="full" />
                </li>
              ))}
            </ol>
          </div>
        )}
        <div className="field-row">
          <Field
            label={t('planForm.remindMe')}
            error={errorText(errors.leadDays)}
            hint={t('planForm.remindMeHint')}
          >
            {(control) => (
              <input
                {...control}
                value={values.leadDays}
                onChange={(e) => set('leadDays', e.target.value)}
              />
            )}
          </Field>
          <Field
            label={t('planForm.graceDays')}
            error={errorText(errors.graceDays)}
            hint={t('planForm.graceDaysHint')}
          >
            {(control) => (
              <input
                {...control}
                inputMode="numeric"
                value={values.graceDays}
                onChange={(e) => set('graceDays', e.target.value)}
              />
            )}
          </Field>
        </div>
        <div className="checkbox">
          <input
            id="plan-autopay"
            type="checkbox"
            checked={values.autopay}
            onChange={(e) => set('autopay', e.target.checked)}
          />
          <label htmlFor="plan-autopay">{t('planForm.autopay')}</label>
        </div>
        <Field label={t('planForm.notes')} error={errorText(errors.notes)}>
          {(control) => (
            <textarea
              {...control}
              rows={3}
              value={values.notes}
              onChange={(e) => set('notes', e.target.value)}
            />
          )}
        </Field>
        <FormFooter
          hasFieldErrors={Object.keys(errors).length > 0}
          saveError={saveError}
          saving={saving}
        />
      </form>
    </>
  );
}
