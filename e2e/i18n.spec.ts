import { expect, test } from './fixtures';
import { PlanForm } from './pages/plan-form';

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

  test('a plan’s dates and price are written in the language chosen, start after start', async ({
    page,
  }) => {
    await page.clock.setFixedTime(new Date('2027-01-20T10:00:00'));
    await new PlanForm(page).add({ name: 'Mint', price: '15', nextDue: '2027-02-15' });
    const card = page.getByRole('article');
    const shows = async (date: string, lostOn: string, step: string) => {
      // Each time a new start, in the language chosen last.
      await page.goto('/');
      // The due date and the day the number is lost (the day after: no grace days), this year's
      // without the year, and the step to take with the price.
      await expect(card.getByRole('definition')).toHaveText([date, lostOn]);
      await expect(card).toContainText(step);
    };
    await shows('Feb 15', 'Feb 16', 'Pay $15.00 by Feb 15');
    await shows('Feb 15', 'Feb 16', 'Pay $15.00 by Feb 15');

    await page.goto('/settings');
    await page.getByLabel('Language').selectOption({ label: '简体中文' });
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
    await shows('2月15日', '2月16日', '2月15日前缴费 US$15.00');
    await shows('2月15日', '2月16日', '2月15日前缴费 US$15.00');

    await page.goto('/settings');
    await page.getByLabel('语言').selectOption({ label: 'English' });
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await shows('Feb 15', 'Feb 16', 'Pay $15.00 by Feb 15');
  });
});
