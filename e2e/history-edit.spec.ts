// Fixing the history: a saved top-up is edited (its amount, its day, its files) and a use is
// edited, each saved at once and undone from the line's page.
import { expect, expectNoAxeViolations, test, saveFrom } from './fixtures';
import { LinePage } from './pages/line-page';
import { PlanForm } from './pages/plan-form';

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date('2027-03-01T10:00:00'));
});

function totalPaid(line: LinePage) {
  return line.page
    .getByRole('term')
    .filter({ hasText: 'Total paid' })
    .locator('xpath=following-sibling::dd[1]');
}

test('editing an old top-up’s amount changes the totals, not the due date; editing the latest one’s day moves it', async ({
  page,
}) => {
  await new PlanForm(page).add({ name: 'Mint', price: '15', nextDue: '2027-01-31' });
  const line = new LinePage(page);
  await line.logTopUp({ paidOn: '2027-01-30' });
  await line.logTopUp({ paidOn: '2027-02-27' });
  await line.expectNextDue('2027-03-31');
  await expect(totalPaid(line)).toHaveText('$30.00');

  await page.getByRole('link', { name: 'Edit the top-up of Jan 30, 2027' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Edit top-up: Mint, Jan 30, 2027',
  );
  await expect(page.getByLabel('Amount', { exact: true })).toHaveValue('15.00');
  await expect(page.getByLabel('Paid on', { exact: true })).toHaveValue('2027-01-30');
  await expectNoAxeViolations(page);
  await page.getByLabel('Amount', { exact: true }).fill('20');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(totalPaid(line)).toHaveText('$35.00');
  await line.expectNextDue('2027-03-31');

  // Undo puts the old amount back.
  await line.undo();
  await expect(totalPaid(line)).toHaveText('$30.00');

  // The latest top-up paid on Mar 3 instead, late: the schedule restarts from that day.
  await page.getByRole('link', { name: 'Edit the top-up of Feb 27, 2027' }).click();
  await page.getByLabel('Paid on', { exact: true }).fill('2027-03-03');
  await page.getByRole('button', { name: 'Save' }).click();
  await line.expectNextDue('2027-04-03');
  await page.reload();
  await line.expectNextDue('2027-04-03');
});

test('a receipt added to a saved top-up survives a reload and a backup, and can be removed', async ({
  page,
  browser,
}) => {
  await new PlanForm(page).add({ name: 'Later receipt', price: '10', nextDue: '2027-03-10' });
  const line = new LinePage(page);
  await line.logTopUp({ paidOn: '2027-03-01' });
  const receipt = page.getByRole('button', { name: 'Show receipt.png full size' });
  await expect(receipt).toBeHidden();

  await page.getByRole('link', { name: 'Edit the top-up of Mar 1, 2027' }).click();
  await page.getByLabel('Attachment', { exact: true }).setInputFiles('e2e/files/receipt.png');
  await expect(
    page.getByRole('list', { name: 'Chosen receipts' }).getByRole('listitem'),
  ).toHaveCount(1);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(receipt).toBeVisible();
  await page.reload();
  await expect(receipt).toBeVisible();

  await page.goto('/settings');
  const download = await saveFrom(page, () =>
    page.getByRole('button', { name: 'Export backup' }).click(),
  );
  const backupPath = download.path;
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.clock.setFixedTime(new Date('2027-03-01T10:00:00'));
  await other.goto('/settings');
  await other.getByLabel('Import backup').setInputFiles(backupPath);
  const preview = other.getByRole('group', { name: 'Backup contents' });
  await expect(preview).toContainText('1 plan, 1 top-up and 1 receipt file');
  await preview.getByRole('button', { name: 'Replace everything' }).click();
  await expect(other.getByText('The backup was imported.')).toBeVisible();
  await other.getByRole('link', { name: 'Plans' }).click();
  await other.getByRole('link', { name: 'Later receipt' }).click();
  await expect(other.getByRole('button', { name: 'Show receipt.png full size' })).toBeVisible();
  await fresh.close();

  // Removed in the edit form, the file is gone once saved.
  await page.goto('/');
  await line.openCard('Later receipt');
  await page.getByRole('link', { name: 'Edit the top-up of Mar 1, 2027' }).click();
  const saved = page.getByRole('list', { name: 'Saved receipts' });
  await expect(saved.getByRole('listitem')).toHaveCount(1);
  await expectNoAxeViolations(page);
  await saved.getByRole('button', { name: 'Remove receipt.png' }).click();
  await expect(saved).toBeHidden();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { name: 'Top-ups' })).toBeVisible();
  await expect(receipt).toBeHidden();
  await line.undo();
  await expect(receipt).toBeVisible();
});

test('a use is edited, moving the activity due date, and the edit forms read in Chinese', async ({
  page,
}) => {
  await page.goto('/plans/new');
  const form = new PlanForm(page);
  await form.fill({
    name: 'UK',
    price: '10',
    currency: 'GBP',
    nextDue: '2027-12-01',
    graceDays: '0',
  });
  await form.field('Use at least every').fill('6');
  await form.field('Activity unit').selectOption({ label: 'Months' });
  await form.field('Last used on').fill('2026-10-01');
  await form.save();
  await page.getByRole('button', { name: 'Log use' }).click();
  await page.getByLabel('Used on', { exact: true }).fill('2027-02-01');
  await page.getByRole('button', { name: 'Save' }).click();
  const lostOn = page.locator('main dt:text-is("Number lost on") + dd time');
  await expect(lostOn).toHaveAttribute('datetime', '2027-08-02');

  await page.getByRole('link', { name: 'Edit the use of Feb 1, 2027' }).click();
  await expect(page.getByLabel('Used on', { exact: true })).toHaveValue('2027-02-01');
  await page.getByLabel('Used on', { exact: true }).fill('2027-02-20');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(lostOn).toHaveAttribute('datetime', '2027-08-21');
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(lostOn).toHaveAttribute('datetime', '2027-08-02');

  await new LinePage(page).logTopUp({});
  await page.goto('/settings');
  await page.getByLabel('Language', { exact: true }).selectOption({ label: '简体中文' });
  await page.goto('/');
  await page.getByRole('link', { name: 'UK', exact: true }).click();
  await page.getByRole('link', { name: /^编辑 .* 的使用$/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('编辑使用');
  await expectNoAxeViolations(page);
  await page.goBack();
  await page.getByRole('link', { name: /^编辑 .* 的充值$/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('编辑充值');
  await expectNoAxeViolations(page);
});
