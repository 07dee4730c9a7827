// A form's content, kept in this tab's sessionStorage while it is being filled: a reload (an
// accepted app update, or the browser's own) brings it back; leaving the form drops it.
import { type Dispatch, type SetStateAction, useEffect, useState } from 'react';

const PREFIX = 'topup-draft:';

/** The draft over `initial`, field by field, where the kept value has the same type. */
function restore<T extends object>(key: string, initial: T): T {
  try {
    const kept: unknown = JSON.parse(sessionStorage.getItem(PREFIX + key) ?? 'null');
    if (typeof kept !== 'object' || kept === null) return initial;
    const restored = { ...initial };
    for (const field of Object.keys(initial) as (keyof T)[]) {
      const value: unknown = Reflect.get(kept, field);
      if (typeof value === typeof initial[field]) Object.assign(restored, { [field]: value });
    }
    return restored;
  } catch {
    return initial; // No storage (a locked-down browser) or a broken entry: start afresh.
  }
}

function store(key: string, values: object | null): void {
  try {
    if (values === null) sessionStorage.removeItem(PREFIX + key);
    else sessionStorage.setItem(PREFIX + key, JSON.stringify(values));
  } catch {
    // Keeping a draft is a convenience; the form works without it.
  }
}

/** useState for a flat form-values object of strings, numbers and booleans, kept as a draft. */
export function useDraft<T extends object>(
  key: string,
  initial: T,
): [T, Dispatch<SetStateAction<T>>] {
  const [values, setValues] = useState(() => restore(key, initial));
  useEffect(() => store(key, values), [key, values]);
  useEffect(() => () => store(key, null), [key]);
  return [values, setValues];
}
