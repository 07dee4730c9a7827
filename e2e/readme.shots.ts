import { devices } from '@playwright/test';
import { test } from './fixtures';
import { LinePage } from './pages/line-page';
import { PlanForm } from './pages/plan-form';

test.use({ ...devices['Pixel 7'], viewport: { width: 360, height: 760 } });

const OUT = 'docs/screenshots';

test('README screenshots', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2027-03-20T10:00:00'));
  const form = new PlanForm(page);
  const line = new LinePage(page);
  await form.add({
    name: 'My US number',
    carrier: 'Mint Mobile',
    phone: '+1 415 555 0134',
    price: '15',
    nextDue: '2027-03-22',
    graceDays: '10',
  });
  await line.logTopUp({
    paidOn: '2027-02-20',
    confirmation: 'MNT-48213',
    files: ['e2e/files/receipt.png'],
  });
  await form.add({
    name: 'Mum’s Tello',
    carrier: 'Tello',
    price: '10',
    renewal: 'Fixed days',
    every: '30',
    nextDue: '2027-03-15',
    graceDays: '30',
  });
  await form.add({
    name: 'Keep-alive SIM',
    carrier: 'Ultra Mobile',
    price: '3',
    renewal: 'Validity after top-up',
    every: '90',
    nextDue: '2027-05-02',
  });
  await line.logTopUp({ paidOn: '2027-02-01', confirmation: 'UM-7731' });

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

  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/settings');
  await page.getByLabel('Language').selectOption('zh-Hans');
  await page.getByRole('link', { name: '号码' }).click();
  await page.getByRole('heading', { name: '号码', level: 1 }).waitFor();
  await page.screenshot({ path: `${OUT}/plans-zh-dark.png` });
});
