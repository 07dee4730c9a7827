import { devices } from '@playwright/test';
import { test } from './fixtures';
import { addDemoPlans } from './demo-plans';

test.use({ ...devices['Pixel 7'], viewport: { width: 360, height: 760 } });

const OUT = 'docs/screenshots';

test('README screenshots', async ({ page }) => {
  await addDemoPlans(page);

  await page.getByRole('link', { name: 'Plans' }).click();
  await page.getByRole('list', { name: 'Your plans, most urgent first' }).waitFor();
  await page.screenshot({ path: `${OUT}/plans.png` });

  await page.getByRole('link', { name: 'My US number' }).click();
  await page.getByRole('heading', { name: 'Top-ups' }).waitFor();
  await page.screenshot({ path: `${OUT}/line.png` });

  await page.getByRole('button', { name: 'Log top-up' }).click();
  await page.getByLabel('Amount').waitFor();
  await page.screenshot({ path: `${OUT}/log-top-up.png` });

  await page.getByRole('link', { name: 'Receipts' }).click();
  await page.getByRole('searchbox', { name: 'Search receipts' }).waitFor();
  await page.screenshot({ path: `${OUT}/receipts.png` });

  await page.getByRole('link', { name: 'Insight' }).click();
  await page.getByRole('heading', { name: 'Next 90 days' }).waitFor();
  await page.screenshot({ path: `${OUT}/insight.png` });

  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/settings');
  await page.getByLabel('Language').selectOption('zh-Hans');
  await page.getByRole('link', { name: '号码' }).click();
  await page.getByRole('heading', { name: '号码', level: 1 }).waitFor();
  await page.screenshot({ path: `${OUT}/plans-zh-dark.png` });
});

test.describe('on an iPhone', () => {
  test.use({ userAgent: devices['iPhone 13'].userAgent });

  test('README picture of installing', async ({ page }) => {
    await page.goto('/settings');
    const install = page.getByRole('region', { name: 'Install' });
    await install.getByRole('list', { name: 'Add Topup to the Home Screen' }).waitFor();
    await install.screenshot({ path: `${OUT}/install-iphone.png` });
  });
});
