import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The module keeps the language for the page's life: each test starts from a fresh copy.
async function freshI18n() {
  vi.resetModules();
  return import('./i18n');
}

beforeEach(() => {
  vi.stubGlobal('document', { documentElement: { lang: 'en' } });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('applyLocale', () => {
  it('switches the language, its words and <html lang>', async () => {
    const { applyLocale, currentI18n } = await freshI18n();
    await applyLocale('zh-Hant');
    expect(currentI18n().language).toBe('zh-Hant');
    expect(currentI18n().t('nav.settings')).toBe('設定');
    expect(document.documentElement.lang).toBe('zh-Hant');
  });

  it('asked for the language already spoken, changes nothing a view would render again for', async () => {
    const { applyLocale, currentI18n, initI18n } = await freshI18n();
    await initI18n('zh-Hans');
    const spoken = currentI18n();
    await applyLocale('zh-Hans');
    expect(currentI18n()).toBe(spoken);
  });

  it('lets the last choice win when the language changes while a catalog loads', async () => {
    const { applyLocale, currentI18n } = await freshI18n();
    await applyLocale('en');
    const toChinese = applyLocale('zh-Hans');
    await applyLocale('en');
    await toChinese;
    expect(currentI18n().language).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    // And the language that lost can still be chosen afterwards.
    await applyLocale('zh-Hans');
    expect(currentI18n().language).toBe('zh-Hans');
  });
});
