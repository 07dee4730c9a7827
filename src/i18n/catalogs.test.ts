import { describe, expect, it } from 'vitest';
import en from './locales/en.json';
import zhHans from './locales/zh-Hans.json';
import zhHant from './locales/zh-Hant.json';

/** Every key of a nested catalog, as dotted paths, with the values and counts it uses. */
function shape(catalog: object, prefix = ''): string[] {
  return Object.entries(catalog).flatMap(([key, value]: [string, unknown]) => {
    const path = prefix + key;
    if (typeof value === 'object' && value !== null) return shape(value, `${path}.`);
    // A count is the same plural piece in every language; only its forms differ, so a value
    // that each form names counts once.
    const params = String(value).match(/{{\s*\w+\s*}}|{\s*\w+\s*,\s*plural\s*,/g) ?? [];
    return [`${path}(${[...new Set(params.map((p) => p.replace(/\s/g, '')))].sort().join(',')})`];
  });
}

const unique = (entries: string[]) => [...new Set(entries)].sort();

describe('locale catalogs', () => {
  it.each([
    ['zh-Hans', zhHans],
    ['zh-Hant', zhHant],
  ])('%s has exactly the keys and placeholders of English', (_name, catalog) => {
    expect(unique(shape(catalog))).toEqual(unique(shape(en)));
  });

  it('leaves no string empty', () => {
    for (const catalog of [en, zhHans, zhHant]) {
      expect(shape(catalog).filter((entry) => entry.startsWith('(') || entry === '')).toEqual([]);
    }
  });
});
