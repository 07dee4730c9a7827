import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test, saveFrom } from './fixtures';
import { LinePage } from './pages/line-page';
import { PlanForm } from './pages/plan-form';

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date('2027-01-20T10:00:00'));
});

/**
 * Mum (monthly on the 31st, $10) paid $10 in December and $12 in January; Work (every 30 days,
 * $25) paid $25 in January. Mum is then due Mar 31, Work Mar 12 and Apr 11.
 */
async function logTwoPlans(page: Page): Promise<void> {
  const form = new PlanForm(page);
  const line = new LinePage(page);
  await form.add({ name: 'Mum', carrier: 'Tello', price: '10', nextDue: '2027-01-31' });
  await line.logTopUp({ paidOn: '2026-12-20' });
  await line.logTopUp({ paidOn: '2027-01-20', amount: '12' });
  await line.expectNextDue('2027-03-31');
  await form.add({
    name: 'Work',
    carrier: 'Mint Mobile',
    price: '25',
    renewal: 'Fixed days',
    every: '30',
    nextDue: '2027-02-10',
  });
  await line.logTopUp({ paidOn: '2027-01-19' });
  await line.expectNextDue('2027-03-12');
}

async function openInsight(page: Page, link = 'Insight', heading = link): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: link }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
}

test('Insight totals each month per plan, forecasts the next 90 days and shows price changes', async ({
  page,
}) => {
  await logTwoPlans(page);
  await openInsight(page);

  const months = page.getByRole('table', { name: 'Spend per month in US Dollar (USD)' });
  await expect(months.getByRole('columnheader')).toHaveText(['Month', 'Mum', 'Work', 'Total']);
  await expect(months.getByRole('row', { name: /^January 2027/ }).getByRole('cell')).toHaveText([
    '$12.00',
    '$25.00',
    '$37.00',
  ]);
  await expect(months.getByRole('row', { name: /^December 2026/ }).getByRole('cell')).toHaveText([
    '$10.00',
    '$0.00',
    '$10.00',
  ]);
  await expect(months.getByRole('row', { name: /^November 2026/ }).getByRole('cell')).toHaveText([
    '$0.00',
    '$0.00',
    '$0.00',
  ]);
  await expect(months.getByRole('row', { name: /^12 months/ }).getByRole('cell')).toHaveText([
    '$22.00',
    '$25.00',
    '$47.00',
  ]);

  const chart = page.getByRole('group', { name: 'Chart of spend per month in US Dollar (USD)' });
  await expect(chart.getByRole('listitem')).toHaveCount(12);
  await expect(
    chart.getByRole('listitem', { name: 'January 2027: $37.00 (Mum $12.00, Work $25.00)' }),
  ).toBeVisible();

  const years = page.getByRole('table', { name: 'Spend per plan in US Dollar (USD)' });
  await expect(years.getByRole('columnheader')).toHaveText([
    'Plan',
    'This year (2027)',
    'Last year (2026)',
    'Average per month',
  ]);
  // Mum: $22 over the two months since its first top-up; Work: $25 in its first month.
  await expect(years.getByRole('row', { name: /^Mum/ }).getByRole('cell')).toHaveText([
    '$12.00',
    '$10.00',
    '$11.00',
  ]);
  await expect(years.getByRole('row', { name: /^Total/ }).getByRole('cell')).toHaveText([
    '$37.00',
    '$10.00',
    '$36.00',
  ]);

  const forecast = page.getByRole('region', { name: 'Next 90 days' });
  const payments = forecast.getByRole('list', { name: 'Next 90 days' }).getByRole('listitem');
  await expect(payments).toHaveCount(3);
  await expect(payments.nth(0)).toContainText('Work');
  await expect(payments.nth(0)).toContainText('$25.00');
  await expect(payments.nth(0).locator('time')).toHaveAttribute('datetime', '2027-03-12');
  await expect(payments.nth(1)).toContainText('Mum');
  await expect(payments.nth(1)).toContainText('$10.00');
  await expect(payments.nth(1).locator('time')).toHaveAttribute('datetime', '2027-03-31');
  await expect(payments.nth(2).locator('time')).toHaveAttribute('datetime', '2027-04-11');
  await expect(forecast).toContainText('Total due: $60.00');
  await expect(forecast.locator('time').first()).toHaveAttribute('datetime', '2027-04-19');

  const prices = page.getByRole('region', { name: 'Price history' });
  await expect(prices.getByRole('heading', { name: 'Mum' })).toBeVisible();
  await expect(prices.getByRole('listitem').filter({ hasText: '$10.00 → $12.00' })).toHaveCount(1);
  await expect(
    prices
      .getByRole('listitem')
      .filter({ hasText: '$10.00 → $12.00' })
      .locator('time[datetime="2027-01-20"]'),
  ).toBeVisible();

  // The same month summed independently, from the receipts exported as CSV.
  await page.getByRole('link', { name: 'Receipts' }).click();
  const download = await saveFrom(page, () =>
    page.getByRole('button', { name: 'Export CSV' }).click(),
  );
  const csv = readFileSync(download.path, 'utf8');
  const [header = '', ...rows] = csv.slice(1).trim().split('\r\n');
  const columns = header.split(',');
  const paidOn = columns.indexOf('paid_on');
  const amount = columns.indexOf('amount');
  const january = rows
    .map((row) => row.split(','))
    .filter((cells) => cells[paidOn]?.startsWith('2027-01-'))
    .reduce((sum, cells) => sum + Math.round(Number(cells[amount]) * 100), 0);
  expect(january).toBe(3700);
});

test('Insight keeps currencies apart and filters by plan and by currency', async ({ page }) => {
  await logTwoPlans(page);
  await new PlanForm(page).add({
    name: '上海',
    price: '45',
    currency: 'CNY',
    nextDue: '2027-02-05',
  });
  await new LinePage(page).logTopUp({ paidOn: '2027-01-05' });
  await openInsight(page);

  const dollars = page.getByRole('table', { name: 'Spend per month in US Dollar (USD)' });
  const yuan = page.getByRole('table', { name: 'Spend per month in Chinese Yuan (CNY)' });
  await expect(dollars.getByRole('row', { name: /^January 2027/ }).getByRole('cell')).toHaveText([
    '$12.00',
    '$25.00',
    '$37.00',
  ]);
  await expect(yuan.getByRole('row', { name: /^January 2027/ }).getByRole('cell')).toHaveText([
    'CN¥45.00',
    'CN¥45.00',
  ]);
  const forecast = page.getByRole('region', { name: 'Next 90 days' });
  await expect(forecast).toContainText('Total due: CN¥90.00 · $60.00');

  await page.getByLabel('Currency', { exact: true }).selectOption('CNY');
  await expect(dollars).toHaveCount(0);
  await expect(yuan).toBeVisible();
  await expect(forecast).toContainText('Total due: CN¥90.00');
  await expect(forecast).not.toContainText('$60.00');

  await page.getByLabel('Currency', { exact: true }).selectOption('');
  await page.getByLabel('Plan', { exact: true }).selectOption({ label: 'Work' });
  await expect(yuan).toHaveCount(0);
  await expect(dollars.getByRole('columnheader')).toHaveText(['Month', 'Work', 'Total']);
  await expect(dollars.getByRole('row', { name: /^January 2027/ }).getByRole('cell')).toHaveText([
    '$25.00',
    '$25.00',
  ]);
  await expect(forecast).toContainText('Total due: $50.00');
  await expect(page.getByRole('region', { name: 'Price history' })).not.toContainText('Mum');
});

test('the chart is one keyboard stop whose bars are named with their values', async ({ page }) => {
  await logTwoPlans(page);
  await openInsight(page);
  const chart = page.getByRole('group', { name: 'Chart of spend per month in US Dollar (USD)' });
  const bar = (name: string | RegExp) => chart.getByRole('listitem', { name });

  await page.getByLabel('Currency', { exact: true }).focus();
  await page.keyboard.press('Tab');
  await expect(bar('January 2027: $37.00 (Mum $12.00, Work $25.00)')).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(bar('December 2026: $10.00 (Mum $10.00)')).toBeFocused();
  await expect(page.getByText('December 2026: $10.00')).toBeVisible();
  await page.keyboard.press('Home');
  await expect(bar('February 2026: nothing paid')).toBeFocused();
  await page.keyboard.press('End');
  await expect(bar(/^January 2027/)).toBeFocused();
  // Leaving the chart takes one Tab, not twelve: the table of the same numbers comes next.
  await page.keyboard.press('Tab');
  await expect(
    page.getByRole('region', { name: 'Spend per month in US Dollar (USD)' }),
  ).toBeFocused();
});

test('Insight in Simplified Chinese shows the month’s total and the forecast', async ({ page }) => {
  await logTwoPlans(page);
  await page.goto('/settings');
  await page.getByLabel('Language').selectOption({ label: '简体中文' });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('设置');
  await openInsight(page, '统计');

  const months = page.getByRole('table', { name: '美元 (USD)每月花费' });
  await expect(months.getByRole('row', { name: /^2027年1月/ }).getByRole('cell')).toHaveText([
    'US$12.00',
    'US$25.00',
    'US$37.00',
  ]);
  await expect(
    page
      .getByRole('group', { name: '美元 (USD)每月花费图表' })
      .getByRole('listitem', { name: '2027年1月：US$37.00（Mum US$12.00，Work US$25.00）' }),
  ).toBeVisible();
  const forecast = page.getByRole('region', { name: '未来 90 天' });
  await expect(forecast.getByRole('listitem')).toHaveCount(3);
  await expect(forecast).toContainText('应付合计：US$60.00');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no violations on Insight with its chart in the ${colorScheme} theme`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    await logTwoPlans(page);
    await openInsight(page);
    await expect(page.getByRole('group', { name: /^Chart of spend per month/ })).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

test('Insight with its chart fits a 320 px wide screen without sideways scrolling', async ({
  page,
}) => {
  await logTwoPlans(page);
  await page.setViewportSize({ width: 320, height: 640 });
  await openInsight(page);
  const bar = page.getByRole('listitem', { name: /^January 2027/ });
  await expect(bar).toBeVisible();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  const box = await bar.boundingBox();
  expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(320);
});
