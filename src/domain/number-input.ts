// Whole numbers as people type them into a form: ASCII or full-width digits, spaces around.

export type WholeNumberResult =
  { ok: true; value: number } | { ok: false; error: 'empty' | 'invalid' | 'out-of-range' };

export function parseWholeNumber(text: string, min: number, max: number): WholeNumberResult {
  const trimmed = text.normalize('NFKC').trim();
  if (trimmed === '') return { ok: false, error: 'empty' };
  if (!/^\d{1,9}$/.test(trimmed)) return { ok: false, error: 'invalid' };
  const value = Number(trimmed);
  if (value < min || value > max) return { ok: false, error: 'out-of-range' };
  return { ok: true, value };
}

/** A list like "3, 1, 0" or "3 1 0" or "3、1、0": distinct, largest first. */
export function parseDayList(
  text: string,
  max: number,
  maxCount: number,
): { ok: true; value: number[] } | { ok: false; error: 'invalid' | 'out-of-range' | 'too-many' } {
  const parts = text
    .normalize('NFKC')
    .split(/[\s,;、，]+/)
    .filter(Boolean);
  const days: number[] = [];
  for (const part of parts) {
    const parsed = parseWholeNumber(part, 0, max);
    if (!parsed.ok)
      return { ok: false, error: parsed.error === 'out-of-range' ? 'out-of-range' : 'invalid' };
    days.push(parsed.value);
  }
  const distinct = [...new Set(days)].sort((a, b) => b - a);
  if (distinct.length > maxCount) return { ok: false, error: 'too-many' };
  return { ok: true, value: distinct };
}
