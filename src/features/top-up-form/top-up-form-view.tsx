// Log a top-up: what was paid, when, how, with its receipt. Before saving it says in words what
// the line's new due date will be; after saving the line shows it at once.
import { type FormEvent, useState } from 'react';
import { useTranslation } from '@/i18n/i18n';
import { useLocation } from 'wouter';
import {
  CHANNELS,
  type Channel,
  type LineRow,
  PAYMENT_METHODS,
  type PaymentMethod,
} from '@/db/rows';
import { LIMITS } from '@/db/limits';
import { logTopUp } from '@/db/top-ups';
import { useLine } from '@/db/use-line';
import { readConfirmation, type ConfirmationReading } from '@/domain/confirmation-reader';
import { parseWholeNumber } from '@/domain/number-input';
import { applyTopUp } from '@/domain/top-up';
import { DateInput } from '@/ui/date-input';
import { DateText } from '@/ui/date-text';
import { Field } from '@/ui/field';
import { FormFooter } from '@/ui/form-footer';
import { focusFirstInvalid } from '@/ui/focus-first-invalid';
import { parseFormDate, useFormErrorText } from '@/ui/form-error';
import { PageHeader } from '@/ui/page-header';
import { useChosenReceipts } from '@/ui/chosen-receipts';
import { useDraft } from '@/ui/use-draft';
import { useToday } from '@/ui/use-today';
import { ConfirmationPaste } from './confirmation-paste';
import { ReceiptPicker } from './receipt-picker';
import {
  checkTopUpForm,
  type FilledField,
  fillFromConfirmation,
  type TopUpFormErrors,
  type TopUpFormValues,
  topUpDefaults,
} from './top-up-form-values';
import { type SharedReceipt, useSharedReceipt } from './use-shared-receipt';

export function TopUpFormView({ params }: { params: { id: string } }) {
  const { t } = useTranslation();
  const line = useLine(params.id);
  const today = useToday();
  const shared = useSharedReceipt();
  if (line === undefined || shared === undefined) return null;
  if (line === null) {
    return <PageHeader title={t('line.missing')} />;
  }
  return (
    <TopUpForm key={line.id} line={line} initial={topUpDefaults(line, today)} shared={shared} />
  );
}

function isQuotaError(error: unknown): boolean {
  const name = error instanceof Error ? error.name : '';
  const inner =
    error instanceof Error && 'inner' in error ? (error.inner as Error | undefined)?.name : '';
  return [name, inner].some((n) => n === 'QuotaExceededError');
}

function TopUpForm({
  line,
  initial,
  shared,
}: {
  line: LineRow;
  initial: TopUpFormValues;
  shared: SharedReceipt | null;
}) {
  const { t } = useTranslation();
  const errorText = useFormErrorText();
  const [, navigate] = useLocation();
  // Text shared with the receipt is read as the form opens, as if pasted; the user checks it.
  const [sharedFill] = useState(() =>
    shared?.text.trim()
      ? fillFromConfirmation(initial, readConfirmation(shared.text), line.price.currency)
      : null,
  );
  const [values, setValues] = useDraft(`top-up:${line.id}`, sharedFill?.values ?? initial);
  const { receipts, state: receiptState } = useChosenReceipts(shared?.files);
  const [errors, setErrors] = useState<TopUpFormErrors>({});
  const [saveError, setSaveError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const preparingCount = receiptState.chosen.filter((entry) => entry.status === 'preparing').length;
  // Fields filled from a pasted confirmation, until the user edits them.
  const [toCheck, setToCheck] = useState<ReadonlySet<keyof TopUpFormValues>>(
    () => new Set(sharedFill?.filled ?? []),
  );
  const set = <K extends keyof TopUpFormValues>(key: K, value: TopUpFormValues[K]) => {
    setValues((current) => ({ ...current, [key]: value }));
    setToCheck((current) => {
      if (!current.has(key)) return current;
      const next = new Set(current);
      next.delete(key);
      return next;
    });
  };
  const checkNote = (key: FilledField) => (toCheck.has(key) ? t('topUp.paste.check') : undefined);

  function onRead(reading: ConfirmationReading) {
    const fill = fillFromConfirmation(values, reading, line.price.currency);
    setValues(fill.values);
    setToCheck(new Set(fill.filled));
    // A field's old error says nothing about the value now in it.
    setErrors((current) =>
      Object.fromEntries(
        Object.entries(current).filter(([key]) => !fill.filled.some((field) => field === key)),
      ),
    );
    return fill;
  }

  const paidOn = parseFormDate(values.paidOn);
  const periods = parseWholeNumber(values.periods, 1, LIMITS.periodsMax);
  const newDue =
    'date' in paidOn && periods.ok
      ? applyTopUp(line, { paidOn: paidOn.date, periods: periods.value }).record.dueAfter
      : null;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const checked = checkTopUpForm(values, line.price.currency);
    if (!checked.ok) {
      setErrors(checked.errors);
      focusFirstInvalid(form);
      return;
    }
    setErrors({});
    setSaveError(null);
    setSaving(true);
    try {
      const { files, refusedWhileWaiting } = await receipts.ready();
      // A file refused while Save waited is named beside the picker; the person decides again.
      if (refusedWhileWaiting) {
        setSaving(false);
        return;
      }
      await logTopUp(line.id, checked.input, files, Date.now(), shared?.id);
      navigate(`/plans/${line.id}`);
    } catch (error) {
      console.error(error);
      setSaveError(isQuotaError(error) ? t('errors.storageFull') : t('errors.saveFailed'));
      setSaving(false);
    }
  }

  return (
    <>
      <PageHeader title={t('topUp.title', { name: line.name })} />
      <form className="form card" noValidate onSubmit={(event) => void onSubmit(event)}>
        <ConfirmationPaste
          onRead={onRead}
          currency={line.price.currency}
          shared={shared && sharedFill ? { text: shared.text, fill: sharedFill } : undefined}
        />
        <Field
          label={t('topUp.amount')}
          error={errorText(errors.amount)}
          hint={line.price.currency}
          notice={checkNote('amount')}
        >
          {(control) => (
            <input
              {...control}
              inputMode="decimal"
              value={values.amount}
              onChange={(e) => set('amount', e.target.value)}
            />
          )}
        </Field>
        <div className="field-row">
          <Field
            label={t('topUp.paidOn')}
            error={errorText(errors.paidOn)}
            notice={checkNote('paidOn')}
          >
            {(control) => (
              <DateInput {...control} value={values.paidOn} onChange={(v) => set('paidOn', v)} />
            )}
          </Field>
          <Field label={t('topUp.periods')} error={errorText(errors.periods)}>
            {(control) => (
              <input
                {...control}
                inputMode="numeric"
                value={values.periods}
                onChange={(e) => set('periods', e.target.value)}
              />
            )}
          </Field>
        </div>
        <div className="field-row">
          <Field label={t('topUp.channel')}>
            {(control) => (
              <select
                {...control}
                value={values.channel}
                onChange={(e) => set('channel', e.target.value as Channel)}
              >
                {CHANNELS.map((channel) => (
                  <option key={channel} value={channel}>
                    {t(`channels.${channel}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('topUp.method')}>
            {(control) => (
              <select
                {...control}
                value={values.method}
                onChange={(e) => set('method', e.target.value as PaymentMethod)}
              >
                {PAYMENT_METHODS.map((method) => (
                  <option key={method} value={method}>
                    {t(`methods.${method}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <Field
          label={t('topUp.confirmation')}
          error={errorText(errors.confirmation)}
          notice={checkNote('confirmation')}
        >
          {(control) => (
            <input
              {...control}
              value={values.confirmation}
              autoComplete="off"
              onChange={(e) => set('confirmation', e.target.value)}
            />
          )}
        </Field>
        <Field label={t('topUp.note')} error={errorText(errors.note)}>
          {(control) => (
            <textarea
              {...control}
              rows={2}
              value={values.note}
              onChange={(e) => set('note', e.target.value)}
            />
          )}
        </Field>
        <ReceiptPicker receipts={receipts} state={receiptState} />
        <p className="preview" aria-live="polite">
          {newDue ? (
            <>
              {t('topUp.newDue')} <DateText date={newDue} style="full" />
            </>
          ) : (
            t('topUp.newDueUnknown')
          )}
        </p>
        <FormFooter
          hasFieldErrors={Object.keys(errors).length > 0}
          saveError={saveError}
          saving={saving}
          status={
            saving && preparingCount > 0
              ? t('attachments.savingAfter', { count: preparingCount })
              : null
          }
        />
      </form>
    </>
  );
}
