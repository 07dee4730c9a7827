import { describe, expect, it, vi } from 'vitest';
import { type FormCheck, isStorageFull, type SaveOutcome, submitForm } from './submit-form';

type Values = { name: string };

const check = (values: Values): FormCheck<Values, string> =>
  values.name
    ? { ok: true, input: values.name.trim() }
    : { ok: false, errors: { name: { key: 'required' } } };

async function submit(name: string, save: (input: string) => Promise<SaveOutcome>) {
  const steps: string[] = [];
  const result = await submitForm({ name }, check, save, () => steps.push('saving'));
  return { result, steps };
}

describe('submitForm', () => {
  it('refuses values that do not pass, with each problem, and never saves them', async () => {
    const save = vi.fn(() => Promise.resolve<SaveOutcome>('/plans'));
    expect(await submit('', save)).toEqual({
      result: { kind: 'invalid', errors: { name: { key: 'required' } } },
      steps: [],
    });
    expect(save).not.toHaveBeenCalled();
  });

  it('saves what the check made of the values, once it said so, and says where to go', async () => {
    const save = vi.fn(() => Promise.resolve<SaveOutcome>('/plans/a'));
    expect(await submit(' Spare ', save)).toEqual({
      result: { kind: 'saved', goTo: '/plans/a' },
      steps: ['saving'],
    });
    expect(save).toHaveBeenCalledWith('Spare');
  });

  it('stays without a failure when a step before the save stopped it', async () => {
    expect((await submit('Spare', () => Promise.resolve('stay'))).result).toEqual({
      kind: 'stayed',
    });
  });

  it('reports a save that throws, with its error', async () => {
    const error = new Error('disk on fire');
    expect((await submit('Spare', () => Promise.reject(error))).result).toEqual({
      kind: 'failed',
      error,
    });
  });
});

describe('isStorageFull', () => {
  const quota = new DOMException('full', 'QuotaExceededError');

  it('knows a full device, also inside the error Dexie wraps it in', () => {
    expect(isStorageFull(quota)).toBe(true);
    expect(isStorageFull(Object.assign(new Error('AbortError'), { inner: quota }))).toBe(true);
  });

  it('does not take other failures for a full device', () => {
    expect(isStorageFull(new Error('ConstraintError'))).toBe(false);
    expect(isStorageFull('QuotaExceededError')).toBe(false);
    expect(isStorageFull(undefined)).toBe(false);
  });
});
