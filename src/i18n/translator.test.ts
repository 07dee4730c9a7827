import { describe, expect, it } from 'vitest';
import { translator, type Catalog, type TranslationKey } from './translator';

const en: Catalog = {
  plans: { title: 'Plans', due_one: 'Due in {{count}} day', due_other: 'Due in {{count}} days' },
  greet: 'Hello {{name}}, {{name}}!',
  onlyEnglish: 'English only',
};
const zh: Catalog = {
  plans: { title: '号码', due_other: '{{count}} 天后到期' },
  greet: '{{name}}你好',
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
    expect(tEn(key('plans.due'), { count: 5 })).toBe('Due in 5 days');
    expect(tZh(key('plans.due'), { count: 1 })).toBe('1 天后到期');
  });

  it('falls back to English for a key the catalog lacks, and to the key itself at last', () => {
    expect(tZh(key('onlyEnglish'))).toBe('English only');
    expect(tZh(key('nowhere.at.all'))).toBe('nowhere.at.all');
    expect(tZh(key('plans'))).toBe('plans');
  });

  it('leaves a placeholder with no value as it is, and never reads inherited properties', () => {
    expect(tEn(key('greet'))).toBe('Hello {{name}}, {{name}}!');
    expect(tEn(key('greet'), { constructor: 'x' } as never)).toBe('Hello {{name}}, {{name}}!');
  });
});
