// Log a use of a number, or edit one: the day, what kind of use, a note. Saved, the line's
// activity due date moves at once (db/uses); an edit can be undone from the line's page.
import { useTranslation } from '@/i18n/i18n';
import type { LineRow, UseRow } from '@/db/rows';
import type { UseInput } from '@/db/row-schemas';
import { useLine, useUsesOfLine } from '@/db/use-line';
import { editUse, logUse, restoreUse } from '@/db/uses';
import { USE_KINDS, type UseKind } from '@/domain/activity-rule';
import { LIMITS } from '@/domain/limits';
import type { PlainDate } from '@/domain/plain-date';
import { formatPlainDate } from '@/domain/plain-date-format';
import { useToasts } from '@/state/toast-store';
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

export function UseFormView({ params }: { params: { id: string; useId?: string } }) {
  const { t } = useTranslation();
  const line = useLine(params.id);
  const uses = useUsesOfLine(params.id);
  const today = useToday();
  if (line === undefined || uses === undefined) return null;
  if (line === null) return <PageHeader title={t('line.missing')} />;
  const editing = params.useId ? uses.find(({ id }) => id === params.useId) : undefined;
  if (params.useId && !editing) return <PageHeader title={t('use.missing')} />;
  return <UseForm key={editing?.id ?? line.id} line={line} today={today} editing={editing} />;
}

function UseForm({
  line,
  today,
  editing,
}: {
  line: LineRow;
  today: PlainDate;
  editing: UseRow | undefined;
}) {
  const { t, i18n } = useTranslation();
  const showToast = useToasts((state) => state.show);
  const form = useForm({
    draftKey: `use:${editing?.id ?? line.id}`,
    initial: (editing
      ? { usedOn: editing.usedOn, kind: editing.kind, note: editing.note }
      : { usedOn: today, kind: 'sms', note: '' }) satisfies UseFormValues,
    check: checkUseForm,
    async save(input) {
      if (editing) {
        const before = await editUse(editing.id, input);
        showToast(t('use.edited'), () => restoreUse(before));
      } else {
        await logUse(line.id, input);
      }
      return `/plans/${line.id}`;
    },
  });
  const title = editing
    ? t('use.editTitle', { name: line.name, date: formatPlainDate(editing.usedOn, i18n.language) })
    : t('use.title', { name: line.name });
  return (
    <>
      <PageHeader title={title} />
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
