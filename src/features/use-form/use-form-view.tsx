// Log a use of a number: the day, what kind of use, a note. Saved, the line's activity due date
// moves at once (db/uses).
import { useTranslation } from '@/i18n/i18n';
import type { LineRow } from '@/db/rows';
import type { UseInput } from '@/db/row-schemas';
import { useLine } from '@/db/use-line';
import { logUse } from '@/db/uses';
import { USE_KINDS, type UseKind } from '@/domain/activity-rule';
import { LIMITS } from '@/domain/limits';
import type { PlainDate } from '@/domain/plain-date';
import { checkDate, checkText, errorsOf } from '@/ui/form-error';
import { DateField, SelectField, TextField } from '@/ui/form-fields';
import { FormFooter } from '@/ui/form-footer';
import { PageHeader } from '@/ui/page-header';
import type { FormCheck } from '@/ui/submit-form';
import { useForm } from '@/ui/use-form';
import { useToday } from '@/ui/use-today';

interface UseFormValues {
  usedOn: string;
  kind: UseKind;
  note: string;
}

export function checkUseForm(values: UseFormValues): FormCheck<UseFormValues, UseInput> {
  const usedOn = checkDate(values.usedOn);
  const note = checkText(values.note, LIMITS.note);
  if (!usedOn.ok || !note.ok) return { ok: false, errors: errorsOf({ usedOn, note }) };
  return { ok: true, input: { usedOn: usedOn.value, kind: values.kind, note: note.value } };
}

export function UseFormView({ params }: { params: { id: string } }) {
  const { t } = useTranslation();
  const line = useLine(params.id);
  const today = useToday();
  if (line === undefined) return null;
  if (line === null) return <PageHeader title={t('line.missing')} />;
  return <UseForm key={line.id} line={line} today={today} />;
}

function UseForm({ line, today }: { line: LineRow; today: PlainDate }) {
  const { t } = useTranslation();
  const form = useForm({
    draftKey: `use:${line.id}`,
    initial: { usedOn: today, kind: 'sms', note: '' } satisfies UseFormValues,
    check: checkUseForm,
    async save(input) {
      await logUse(line.id, input);
      return `/plans/${line.id}`;
    },
  });
  return (
    <>
      <PageHeader title={t('use.title', { name: line.name })} />
      <form className="form card" noValidate onSubmit={form.onSubmit}>
        <DateField label={t('use.usedOn')} {...form.bind('usedOn')} />
        <SelectField
          label={t('use.kind')}
          options={USE_KINDS.map((kind) => ({
            value: kind,
            label: t(`activityKindLabels.${kind}`),
          }))}
          {...form.bind('kind')}
        />
        <TextField label={t('use.note')} rows={2} {...form.bind('note')} />
        <FormFooter {...form.footer} />
      </form>
    </>
  );
}
