import { describe, expect, it } from 'vitest';
import { translator, type Catalog, type TranslationKey } from './translator';

const en: Catalog = {
  plans: { title: 'Plans', due: 'Due in {count, plural, one {# day} other {# days}}' },
  greet: 'Hello {{name}}, {{name}}!',
  holds:
    '{lines, plural, one {# plan} other {# plans}} and {files,plural,one{# file of {{name}}}other{# files of {{name}}}}',
  onlyEnglish: 'English only',
  onlyOther: 'Archived: {count, plural, other {#}}',
};
const zh: Catalog = {
  plans: { title: '号码', due: '{count, plural, other {# 天}}后到期' },
  greet: '{{name}}你好',
  holds: '{lines, plural, other {# 个号码}}和 {files, plural, other {{{name}}的 # 个文件}}',
};

// The test catalogs are not the app's, so their keys are not the app's key type.
const key = (text: string) => text as TranslationKey;

describe('translator', () => {
  const tEn = translator('en', en, en);
  const tZh = translator('zh-Hans', zh, en);

  it('finds nested keys and puts every value in', () => {
    expect(tEn(key('plans.title'))).toBe('Plans');
    expect(tEn(key('greet'), { name: 'Ann' })).toBe('Hello Ann, Ann!');
    expect(tZh(key('greet'), { name: '安' })).toBe('安你好');
  });

  it('chooses the plural form by the language’s own rules', () => {
    expect(tEn(key('plans.due'), { count: 1 })).toBe('Due in 1 day');
    expect(tEn(key('plans.due'), { count: 0 })).toBe('Due in 0 days');
    expect(tEn(key('plans.due'), { count: 21 })).toBe('Due in 21 days');
    expect(tZh(key('plans.due'), { count: 1 })).toBe('1 天后到期');
  });

  it('chooses the form of each count in a message by that count alone', () => {
    expect(tEn(key('holds'), { lines: 1, files: 2, name: 'Ann' })).toBe(
      '1 plan and 2 files of Ann',
    );
    expect(tEn(key('holds'), { lines: 5, files: 1, name: 'Ann' })).toBe(
      '5 plans and 1 file of Ann',
    );
    expect(tZh(key('holds'), { lines: 1, files: 2, name: '安' })).toBe('1 个号码和 安的 2 个文件');
  });

  it('takes the other form where the language’s own is missing', () => {
    expect(tEn(key('onlyOther'), { count: 1 })).toBe('Archived: 1');
  });

  it('falls back to English, in English plural forms, for a key the catalog lacks', () => {
    expect(tZh(key('onlyEnglish'))).toBe('English only');
    expect(translator('zh-Hans', { plans: {} }, en)(key('plans.due'), { count: 1 })).toBe(
      'Due in 1 day',
    );
    expect(tZh(key('nowhere.at.all'))).toBe('nowhere.at.all');
    expect(tZh(key('plans'))).toBe('plans');
  });

  it('leaves a placeholder or a count with no value as it is, and never reads inherited properties', () => {
    expect(tEn(key('greet'))).toBe('Hello {{name}}, {{name}}!');
    expect(tEn(key('greet'), { constructor: 'x' } as never)).toBe('Hello {{name}}, {{name}}!');
    expect(tEn(key('plans.due'))).toBe('Due in {count, plural, one {# day} other {# days}}');
    expect(tEn(key('plans.due'), { count: '1' })).toBe(
      'Due in {count, plural, one {# day} other {# days}}',
    );
  });
});
