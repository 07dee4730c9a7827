import { describe, expect, it } from 'vitest';
import { isLocale, localeFromLanguages } from './locale';

describe('localeFromLanguages', () => {
  it.each([
    [['zh-CN'], 'zh-Hans'],
    [['zh-SG'], 'zh-Hans'],
    [['zh'], 'zh-Hans'],
    [['zh-Hans-HK'], 'zh-Hans'],
    [['zh-TW'], 'zh-Hant'],
    [['zh-HK'], 'zh-Hant'],
    [['zh-MO'], 'zh-Hant'],
    [['zh-Hant'], 'zh-Hant'],
    [['zh_TW'], 'zh-Hant'],
    [['en-US', 'zh-CN'], 'en'],
    [['fr-FR', 'zh-TW', 'en'], 'zh-Hant'],
    [['fr-FR', 'de'], 'en'],
    [[], 'en'],
  ] as const)('maps %j to %s', (languages, expected) => {
    expect(localeFromLanguages(languages)).toBe(expected);
  });
});

describe('isLocale', () => {
  it('accepts only the supported locales', () => {
    expect(isLocale('zh-Hant')).toBe(true);
    expect(isLocale('zh-TW')).toBe(false);
    expect(isLocale(undefined)).toBe(false);
  });
});
