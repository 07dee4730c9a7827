// A labelled form field. The control gets its id, and when invalid, aria-invalid and the id of
// the message that explains why, so assistive technology reads the message with the field.
import { type ReactNode, useId } from 'react';

export interface ControlProps {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

interface FieldProps {
  label: string;
  error?: string | undefined;
  hint?: string | undefined;
  /** A note to read before saving, such as "check this" on a value the app filled in. */
  notice?: string | undefined;
  /** Announce the error as it appears: for a field whose form has no summary of its errors. */
  announce?: boolean;
  children: (control: ControlProps) => ReactNode;
}

export function Field({ label, error, hint, notice, announce, children }: FieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const noticeId = `${id}-notice`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, notice ? noticeId : null, error ? errorId : null]
    .filter(Boolean)
    .join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children({
        id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy || undefined,
      })}
      {hint && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
      {notice && (
        <p id={noticeId} className="hint">
          <span className="badge">{notice}</span>
        </p>
      )}
      {error && (
        <p id={errorId} className="field-error" role={announce ? 'alert' : undefined}>
          {error}
        </p>
      )}
    </div>
  );
}
