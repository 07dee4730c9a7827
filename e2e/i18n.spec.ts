import { expect, test } from './fixtures';

test.describe('languages', () => {
  test.describe('a browser set to zh-CN', () => {
    test.use({ locale: 'zh-CN' });

    test('gets a Simplified Chinese interface, and Language switches it and survives a reload', async ({
      page,
    }) => {
      await page.goto('/settings');
      await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('设置');
      const nav = page.getByRole('navigation', { name: '主导航' });
      await expect(nav.getByRole('link', { name: '号码' })).toBeVisible();

      await page.getByLabel('语言').selectOption({ label: 'English' });
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings');
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');

      await page.reload();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings');
      await expect(page.getByLabel('Language')).toHaveValue('en');
    });
  });

  test.describe('a browser set to zh-TW', () => {
    test.use({ locale: 'zh-TW' });

    test('gets a Traditional Chinese interface', async ({ page }) => {
      await page.goto('/');
      await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('門號');
    });
  });

  test('an English browser can choose Traditional Chinese, then follow the device again', async ({
    page,
  }) => {
    await page.goto('/settings');
    await page.getByLabel('Language').selectOption({ label: '繁體中文' });
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('設定');
    await page.getByLabel('語言').selectOption('system');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
});
