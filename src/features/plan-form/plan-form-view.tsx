// Add or edit a plan. Every field has a visible label; problems show beside their field, and
// nothing is saved until the whole form is valid.
import { useState } from 'react';
import { useTranslation } from '@/i18n/i18n';
import { ConflictError } from '@/db/conflict-error';
import { createLine, updateLine } from '@/db/lines';
import type { LineRow } from '@/db/rows';
import { useLine } from '@/db/use-line';
import { useSettings } from '@/db/use-settings';
import { factsFor } from '@/domain/carrier-facts';
import { CARRIERS } from '@/domain/carriers';
import { upcomingDueDates } from '@/domain/renewal-rule';
import { DateText } from '@/ui/date-text';
import { CheckboxField, DateField, SelectField, TextField } from '@/ui/form-fields';
import { FormFooter } from '@/ui/form-footer';
import { PageHeader } from '@/ui/page-header';
import { useForm } from '@/ui/use-form';
import { useToday } from '@/ui/use-today';
import { ActivityFields } from './activity-fields';
import { BalanceFields } from './balance-fields';
import { PortOutFields } from './port-out-fields';
import { COMMON_CURRENCIES } from './currencies';
import {
  checkPlanForm,
  type PlanFormValues,
  previewRule,
  valuesFromDefaults,
  valuesFromLine,
  withCarrierFacts,
} from './plan-form-values';
import { CarrierFactsNote } from './carrier-facts-note';
import { requestPersistentStorage } from './request-persistent-storage';

export function PlanFormView({ params }: { params: { id?: string } }) {
  const settings = useSettings();
  const line = useLine(params.id ?? '');
  const today = useToday();
  if (!settings || (params.id && line === undefined)) return null;
  const editing = params.id ? (line ?? undefined) : undefined;
  const initial = editing ? valuesFromLine(editing, today) : valuesFromDefaults(settings, today);
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
  const form = useForm({
    draftKey: `plan:${editing?.id ?? 'new'}`,
    initial,
    check: (values) => checkPlanForm(values, editing),
    async save(input) {
      if (editing) {
        await updateLine(editing.id, input, editing.updatedAt);
        return `/plans/${editing.id}`;
      }
      const id = await createLine(input);
      void requestPersistentStorage();
      return `/plans/${id}`;
    },
    explainFailure: (error) =>
      error instanceof ConflictError ? t('planForm.conflict') : undefined,
  });
  const { values } = form;
  const preview = previewRule(values, editing);
  const facts = factsFor(values.carrier);
  const currencies = [...new Set([...COMMON_CURRENCIES, values.currency])];

  return (
    <>
      <PageHeader
        title={editing ? t('planForm.editTitle', { name: editing.name }) : t('planForm.addTitle')}
      />
      <form className="form card" noValidate onSubmit={form.onSubmit}>
        <TextField
          label={t('planForm.name')}
          hint={t('planForm.nameHint')}
          autoComplete="off"
          {...form.bind('name')}
        />
        <TextField
          label={t('planForm.carrier')}
          hint={t('planForm.carrierHint')}
          list="carrier-presets"
          autoComplete="off"
          {...form.bind('carrier')}
        />
        <datalist id="carrier-presets">
          {CARRIERS.map((carrier) => (
            <option key={carrier.name} value={carrier.name} />
          ))}
        </datalist>
        {facts && (
          <CarrierFactsNote
            facts={facts}
            onUse={() => form.setValues((current) => withCarrierFacts(current, facts))}
          />
        )}
        <TextField
          label={t('planForm.phone')}
          type="tel"
          autoComplete="off"
          {...form.bind('phone')}
        />
        <TextField label={t('planForm.plan')} {...form.bind('planName')} />
        <div className="field-row">
          <TextField label={t('planForm.price')} inputMode="decimal" {...form.bind('price')} />
          <SelectField
            label={t('planForm.currency')}
            options={currencies.map((code) => ({ value: code, label: code }))}
            {...form.bind('currency')}
          />
        </div>
        <SelectField
          label={t('planForm.billing')}
          options={[
            { value: 'prepaid', label: t('planForm.prepaid') },
            { value: 'postpaid', label: t('planForm.postpaid') },
          ]}
          {...form.bind('billing')}
        />
        <div className="field-row">
          <SelectField
            label={t('planForm.renewal')}
            options={[
              { value: 'monthly', label: t('planForm.monthly') },
              { value: 'days', label: t('planForm.days') },
              { value: 'validity', label: t('planForm.validity') },
            ]}
            {...form.bind('ruleKind')}
            onChange={(ruleKind) =>
              form.setValues((current) => ({
                ...current,
                ruleKind,
                every: ruleKind === 'monthly' ? '1' : '30',
              }))
            }
          />
          <TextField
            label={t('planForm.every')}
            hint={values.ruleKind === 'monthly' ? t('planForm.unitMonths') : t('planForm.unitDays')}
            inputMode="numeric"
            {...form.bind('every')}
          />
        </div>
        {values.ruleKind === 'validity' ? (
          <CheckboxField label={t('planForm.stack')} {...form.bind('stack')} />
        ) : (
          <SelectField
            label={t('planForm.lateMode')}
            options={[
              {
                value: 'default',
                label:
                  values.billing === 'prepaid'
                    ? t('planForm.lateDefaultRestart')
                    : t('planForm.lateDefaultKeep'),
              },
              { value: 'keep', label: t('planForm.lateKeep') },
              { value: 'restart', label: t('planForm.lateRestart') },
            ]}
            {...form.bind('lateMode')}
          />
        )}
        <DateField label={t('planForm.nextDue')} {...form.bind('nextDue')} />
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
          <TextField
            label={t('planForm.remindMe')}
            hint={t('planForm.remindMeHint')}
            {...form.bind('leadDays')}
          />
          <TextField
            label={t('planForm.graceDays')}
            hint={t('planForm.graceDaysHint')}
            inputMode="numeric"
            {...form.bind('graceDays')}
          />
        </div>
        <CheckboxField label={t('planForm.autopay')} {...form.bind('autopay')} />
        <ActivityFields bind={form.bind} ruled={values.activityEvery.trim() !== ''} />
        <BalanceFields bind={form.bind} tracked={values.balance.trim() !== ''} />
        <PortOutFields bind={form.bind} />
        <TextField label={t('planForm.notes')} rows={3} {...form.bind('notes')} />
        <FormFooter {...form.footer} />
      </form>
    </>
  );
}
