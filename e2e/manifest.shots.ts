// The manifest's screenshots (the richer install dialog shows them), taken from the real app:
// Plans on a phone (narrow) and a plan's page on a desktop window (wide).
import { test } from '@playwright/test';
import { addDemoPlans } from './demo-plans';

const OUT = 'public/screenshots';

test.describe('narrow', () => {
  test.use({ viewport: { width: 360, height: 760 }, deviceScaleFactor: 2, isMobile: true });

  test('Plans on a phone', async ({ page }) => {
    await addDemoPlans(page);
    await page.goto('/');
    await page.getByRole('list', { name: 'Your plans, most urgent first' }).waitFor();
    await page.screenshot({ path: `${OUT}/narrow.png` });
  });
});

test.describe('wide', () => {
  test.use({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, isMobile: false });

  test('a plan on a desktop window', async ({ page }) => {
    await addDemoPlans(page);
    await page.goto('/');
    await page.getByRole('link', { name: 'My US number' }).click();
    await page.getByRole('heading', { name: 'Top-ups' }).waitFor();
    await page.screenshot({ path: `${OUT}/wide.png` });
  });
});
