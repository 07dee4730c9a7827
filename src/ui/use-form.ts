// A form's state and its Save, the same for every form: the values (kept as a draft), each
// field's problem, and a submit that checks, shows the problems in place and focuses the first,
// or saves and navigates, or says why saving failed.
//
//   const form = useForm({ draftKey, initial, check, save });
//   <form noValidate onSubmit={form.onSubmit}>
//     <TextField label={t('planForm.name')} {...form.bind('name')} />
//     <FormFooter {...form.footer} />
//
// `save` may wait for something first and return 'stay' to stop without an error of its own.
import { type FormEvent, useState } from 'react';
import { useLocation } from 'wouter';
import { useTranslation } from '@/i18n/i18n';
import { focusFirstInvalid } from './focus-first-invalid';
import type { Bound } from './form-fields';
import { type FormErrors, useFormErrorText } from './form-error';
import { type FormCheck, isStorageFull, type SaveOutcome, submitForm } from './submit-form';
import { useDraft } from './use-draft';

interface FormOptions<Values, Input> {
  /** Names the draft kept while the form is filled (see useDraft). */
  draftKey: string;
  initial: Values;
  check: (values: Values) => FormCheck<Values, Input>;
  save: (input: Input) => Promise<SaveOutcome>;
  /** Words for a failure this form knows more about than "storage full" or "saving failed". */
  explainFailure?: (error: unknown) => string | undefined;
}

export function useForm<Values extends object, Input>({
  draftKey,
  initial,
  check,
  save,
  explainFailure,
}: FormOptions<Values, Input>) {
  const { t } = useTranslation();
  const errorText = useFormErrorText();
  const [, navigate] = useLocation();
  const [values, setValues] = useDraft(draftKey, initial);
  const [errors, setErrors] = useState<FormErrors<Values>>({});
  const [saveError, setSaveError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  function bind<K extends keyof Values>(key: K): Bound<Values[K]> {
    return {
      value: values[key],
      onChange: (value) => setValues((current) => ({ ...current, [key]: value })),
      error: errorText(errors[key]),
    };
  }

  async function submit(form: HTMLFormElement) {
    const result = await submitForm(values, check, save, () => {
      setErrors({});
      setSaveError(null);
      setSaving(true);
    });
    switch (result.kind) {
      case 'invalid':
        setErrors(result.errors);
        focusFirstInvalid(form);
        return;
      case 'saved':
        navigate(result.goTo);
        return;
      case 'stayed':
        setSaving(false);
        return;
      case 'failed':
        console.error(result.error);
        setSaveError(
          explainFailure?.(result.error) ??
            t(isStorageFull(result.error) ? 'errors.storageFull' : 'errors.saveFailed'),
        );
        setSaving(false);
    }
  }

  return {
    values,
    setValues,
    setErrors,
    bind,
    onSubmit(event: FormEvent<HTMLFormElement>) {
      event.preventDefault();
      void submit(event.currentTarget);
    },
    /** What FormFooter shows: the summary of field problems, a failed save, a pressed Save. */
    footer: { hasFieldErrors: Object.keys(errors).length > 0, saveError, saving },
  };
}
