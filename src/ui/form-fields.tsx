// Form fields bound to one value of a form: `<TextField label="Name" {...form.bind('name')} />`
// is a labelled input showing the value, changing it, and showing its problem beside it, with
// the Field's accessible wiring (aria-invalid, aria-describedby) done once, here.
import { type ChangeEvent, type InputHTMLAttributes, useId } from 'react';
import { LIMITS } from '@/domain/limits';
import { Field } from './field';

/** One value of a form, how to change it, and its problem in words: what `bind` gives. */
export interface Bound<T> {
  value: T;
  onChange: (value: T) => void;
  error?: string | undefined;
}

interface Labelled {
  label: string;
  hint?: string | undefined;
  /** A note to read before saving, such as "check this" on a value the app filled in. */
  notice?: string | undefined;
}

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'id'>;

/** A line of text; several lines, in a textarea, when `rows` is given. */
export function TextField({
  label,
  hint,
  notice,
  value,
  onChange,
  error,
  rows,
  ...input
}: Labelled & Bound<string> & InputProps & { rows?: number }) {
  return (
    <Field label={label} hint={hint} notice={notice} error={error}>
      {(control) => {
        const bound = {
          ...control,
          value,
          onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
            onChange(event.target.value),
        };
        return rows ? <textarea {...bound} rows={rows} /> : <input {...input} {...bound} />;
      }}
    </Field>
  );
}

/** A calendar date, limited to the years Topup accepts. */
export function DateField(props: Labelled & Bound<string>) {
  return (
    <TextField
      {...props}
      type="date"
      min={`${LIMITS.firstYear}-01-01`}
      max={`${LIMITS.lastYear}-12-31`}
    />
  );
}

/** A choice among `options`; the value is the option's own, typed as the form's field is. */
export function SelectField<T extends string>({
  label,
  hint,
  notice,
  value,
  onChange,
  error,
  options,
}: Labelled & Bound<T> & { options: readonly { value: T; label: string }[] }) {
  return (
    <Field label={label} hint={hint} notice={notice} error={error}>
      {(control) => (
        <select
          {...control}
          value={value}
          onChange={(event) => {
            const chosen = options.find((option) => option.value === event.target.value);
            if (chosen) onChange(chosen.value);
          }}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

export function CheckboxField({
  label,
  hint,
  value,
  onChange,
}: { label: string; hint?: string | undefined } & Bound<boolean>) {
  const id = useId();
  return (
    <div className="checkbox">
      <input
        id={id}
        type="checkbox"
        checked={value}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(event) => onChange(event.target.checked)}
      />
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
    </div>
  );
}
