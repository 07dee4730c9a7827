// What pressing Save does, apart from React so that it can be tested on its own: check the
// values; if they pass, save them and say where to go; a save that throws is reported, not lost.
import type { FormErrors } from './form-error';

export type FormCheck<Values, Input> =
  { ok: true; input: Input } | { ok: false; errors: FormErrors<Values> };

/**
 * Where to go once saved, or 'stay' when the save stopped before storing anything (a step it
 * waited for has already told the person why).
 */
export type SaveOutcome = `/${string}` | 'stay';

export type SubmitResult<Values> =
  | { kind: 'invalid'; errors: FormErrors<Values> }
  | { kind: 'saved'; goTo: string }
  | { kind: 'stayed' }
  | { kind: 'failed'; error: unknown };

export async function submitForm<Values, Input>(
  values: Values,
  check: (values: Values) => FormCheck<Values, Input>,
  save: (input: Input) => Promise<SaveOutcome>,
  /** Called once the values passed, before the save starts. */
  onSaving: () => void,
): Promise<SubmitResult<Values>> {
  const checked = check(values);
  if (!checked.ok) return { kind: 'invalid', errors: checked.errors };
  onSaving();
  try {
    const outcome = await save(checked.input);
    return outcome === 'stay' ? { kind: 'stayed' } : { kind: 'saved', goTo: outcome };
  } catch (error) {
    return { kind: 'failed', error };
  }
}

/**
 * A full device is the one failure the person can do something about. Dexie wraps the browser's
 * QuotaExceededError in an error of its own, with the original as `inner`.
 */
export function isStorageFull(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const inner: unknown = Reflect.get(error, 'inner');
  return error.name === 'QuotaExceededError' || isStorageFull(inner);
}
