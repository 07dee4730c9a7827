import { describe, expect, it } from 'vitest';
import { LIMITS } from '@/domain/limits';
import en from './locales/en.json';
import zhHans from './locales/zh-Hans.json';
import zhHant from './locales/zh-Hant.json';

/** Every message of a nested catalog, with its dotted key. */
function messages(catalog: object, prefix = ''): [string, string][] {
  return Object.entries(catalog).flatMap(([key, value]: [string, unknown]) =>
    typeof value === 'object' && value !== null
      ? messages(value, `${prefix}${key}.`)
      : [[prefix + key, String(value)]],
  );
}

// The numbers a limit could be written as: itself, and a file size in megabytes.
const LIMIT_NUMBERS = new Set<number>([...Object.values(LIMITS), LIMITS.receiptBytes / 2 ** 20]);

describe('messages that state a limit', () => {
  it.each([
    ['en', en],
    ['zh-Hans', zhHans],
    ['zh-Hant', zhHant],
  ])('%s takes every limit as a value, never writes one in digits', (_name, catalog) => {
    const written = messages(catalog).filter(([, text]) =>
      Array.from(text.replace(/{{\s*\w+\s*}}/g, '').matchAll(/\d[\d,]*/g), ([digits]) =>
        Number(digits.replace(/,/g, '')),
      ).some((number) => LIMIT_NUMBERS.has(number)),
    );
    expect(written).toEqual([]);
  });
});
