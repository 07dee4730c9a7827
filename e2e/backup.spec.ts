import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, saveFrom } from './fixtures';
import { LinePage } from './pages/line-page';
import { PlanForm } from './pages/plan-form';

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date('2027-01-20T10:00:00'));
});

test('a backup with a photo, imported into a fresh browser profile, brings back the same plans, dates, top-ups and photo', async ({
  page,
  browser,
}) => {
  await new PlanForm(page).add({
    name: 'Backed up',
    carrier: 'Tello',
    price: '10',
    nextDue: '2027-01-31',
  });
  const line = new LinePage(page);
  await line.logTopUp({ confirmation: 'BK-1', files: ['e2e/files/receipt.png'] });
  await line.expectNextDue('2027-02-28');

  await page.goto('/settings');
  await expect(page.getByText('You have not exported a backup yet.')).toBeVisible();
  const download = await saveFrom(page, () =>
    page.getByRole('button', { name: 'Export backup' }).click(),
  );
  const backupPath = download.path;
  await expect(page.getByText('The backup file is ready')).toBeVisible();
  await expect(page.getByText(/^Last backup:/)).toBeVisible();

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.clock.setFixedTime(new Date('2027-01-20T10:00:00'));
  await other.goto('/settings');
  // The backup's text is parsed by a worker, off the page's thread (allowed by Trusted Types).
  const parser = other.waitForEvent('worker', (worker) => worker.url().includes('json-parse'));
  await other.getByLabel('Import backup').setInputFiles(backupPath);
  await parser;
  const preview = other.getByRole('group', { name: 'Backup contents' });
  await expect(preview).toContainText('1 plan, 1 top-up and 1 receipt file');
  await preview.getByRole('button', { name: 'Replace everything' }).click();
  await expect(other.getByText('The backup was imported.')).toBeVisible();

  await other.getByRole('link', { name: 'Plans' }).click();
  await other.getByRole('link', { name: 'Backed up' }).click();
  await new LinePage(other).expectNextDue('2027-02-28');
  await expect(other.getByText('No. BK-1')).toBeVisible();
  await expect(other.getByRole('button', { name: 'Show receipt.png full size' })).toBeVisible();
  await fresh.close();
});

test('a bad file is refused with a clear message and the data stays as it was', async ({
  page,
}) => {
  await new PlanForm(page).add({ name: 'Untouched', price: '10', nextDue: '2027-01-31' });
  const bad = join(tmpdir(), 'not-a-backup.zip');
  writeFileSync(bad, 'this is not a zip file at all');
  await page.goto('/settings');
  await page.getByLabel('Import backup').setInputFiles(bad);
  await expect(page.getByRole('alert')).toHaveText(
    'This file is not a Topup backup: it is not a ZIP file.',
  );
  await page.getByRole('link', { name: 'Plans' }).click();
  await expect(page.getByRole('heading', { name: 'Untouched' })).toBeVisible();
});
