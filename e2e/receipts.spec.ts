import { readFileSync } from 'node:fs';
import { expect, expectNoAxeViolations, test, saveFrom } from './fixtures';
import { LinePage } from './pages/line-page';
import { PlanForm } from './pages/plan-form';

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date('2027-01-20T10:00:00'));
});

test('Receipts lists every top-up, searches, filters, totals per currency and exports what is shown as CSV', async ({
  page,
}) => {
  const form = new PlanForm(page);
  const line = new LinePage(page);
  await form.add({ name: 'Mum', carrier: 'Tello', price: '10', nextDue: '2027-01-31' });
  await line.logTopUp({ confirmation: 'TL-1', paidOn: '2026-12-20' });
  await line.logTopUp({ confirmation: 'TL-2', paidOn: '2027-01-20' });
  await form.add({
    name: '工作号',
    carrier: 'Mint Mobile',
    price: '45',
    currency: 'CNY',
    nextDue: '2027-02-10',
  });
  await line.logTopUp({ confirmation: 'MX-9, "quoted"', paidOn: '2027-01-19' });

  await page.getByRole('link', { name: 'Receipts' }).click();
  const list = page.getByRole('list', { name: 'Receipts, newest first' });
  await expect(list.getByRole('listitem')).toHaveCount(3);
  await expect(list.getByRole('listitem').first()).toContainText('Mum');
  await expect(page.getByRole('status').filter({ hasText: '3 receipts' })).toContainText('$20.00');
  await expect(page.getByRole('status').filter({ hasText: '3 receipts' })).toContainText('45.00');

  await page.getByRole('searchbox', { name: 'Search receipts' }).fill('mx-9');
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(list.getByRole('listitem')).toContainText('工作号');
  await page.getByRole('searchbox', { name: 'Search receipts' }).fill('');

  await page.getByLabel('Year').selectOption('2026');
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(list.getByRole('listitem')).toContainText('TL-1');
  await page.getByLabel('Year').selectOption('');
  await page.getByLabel('Line', { exact: true }).selectOption({ label: 'Mum' });
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await expectNoAxeViolations(page);

  const download = await saveFrom(page, () =>
    page.getByRole('button', { name: 'Export CSV' }).click(),
  );
  const file = download.path;
  const csv = readFileSync(file, 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const rows = csv.slice(1).trim().split('\r\n');
  expect(rows[0]).toMatch(/^line,carrier,phone_number,paid_on,amount,currency/);
  expect(rows).toHaveLength(3);
  expect(rows[1]).toContain('Mum,Tello,');
  expect(rows[1]).toContain('2027-01-20,10.00,USD');
});
