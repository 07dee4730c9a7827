import { readFileSync } from 'node:fs';
import { expect, test, saveFrom } from './fixtures';
import { LinePage } from './pages/line-page';
import { PlanForm } from './pages/plan-form';

const PASSPHRASE = 'blue kettle 42, 月光';

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date('2027-01-20T10:00:00'));
});

test('a backup exported with a passphrase opens in a fresh profile only with that passphrase', async ({
  page,
  browser,
}) => {
  await new PlanForm(page).add({
    name: 'Encrypted plan',
    carrier: 'Tello',
    price: '10',
    nextDue: '2027-01-31',
  });
  const line = new LinePage(page);
  await line.logTopUp({ confirmation: 'ENC-1', files: ['e2e/files/receipt.png'] });
  await line.expectNextDue('2027-02-28');

  await page.goto('/settings');
  await expect(page.getByText(/A forgotten passphrase cannot be recovered/)).toBeVisible();
  const passphrase = page.getByLabel('Passphrase', { exact: true });
  const confirm = page.getByLabel('Confirm passphrase');
  await passphrase.fill(PASSPHRASE);
  await confirm.fill(`${PASSPHRASE}!`);
  await page.getByRole('button', { name: 'Export backup' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    'The two passphrases are not the same. Type the same passphrase in both fields.',
  );
  await expect(confirm).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('You have not exported a backup yet.')).toBeVisible();

  await confirm.fill(PASSPHRASE);
  // age's scrypt runs in a worker, so that the page does not freeze while it works.
  const encrypting = page.waitForEvent('worker', (worker) => worker.url().includes('age-worker'));
  const download = await saveFrom(page, () =>
    page.getByRole('button', { name: 'Export backup' }).click(),
  );
  await encrypting;
  expect(download.name).toBe('topup-backup-2027-01-20.zip.age');
  const backupPath = download.path;
  await expect(page.getByText(/^The encrypted backup file is ready/)).toBeVisible();
  await expect(passphrase).toHaveValue('');
  const bytes = readFileSync(backupPath);
  // An age file with a passphrase (scrypt) recipient at age's own work factor.
  expect(bytes.toString('latin1')).toMatch(/^age-encryption\.org\/v1\n-> scrypt \S{22} 18\n/);
  expect(bytes.includes('Encrypted plan')).toBe(false);
  expect(bytes.includes('ENC-1')).toBe(false);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.clock.setFixedTime(new Date('2027-01-20T10:00:00'));
  await new PlanForm(other).add({ name: 'Only here', price: '5', nextDue: '2027-01-25' });
  await other.goto('/settings');
  await other.getByLabel('Import backup').setInputFiles(backupPath);
  const locked = other.getByRole('form', { name: 'Encrypted backup' });
  await expect(locked).toContainText('is an encrypted backup');
  const given = locked.getByLabel('Passphrase', { exact: true });
  await expect(given).toBeFocused();

  await given.fill('blue kettle 42, 月亮');
  const decrypting = other.waitForEvent('worker', (worker) => worker.url().includes('age-worker'));
  await locked.getByRole('button', { name: 'Open backup' }).click();
  await decrypting;
  await expect(locked.getByRole('alert')).toHaveText(
    'This passphrase does not open this backup. Nothing was changed; check the passphrase and try again.',
  );
  await expect(given).toHaveAttribute('aria-invalid', 'true');
  await expect(other.getByRole('group', { name: 'Backup contents' })).toHaveCount(0);

  // Nothing was written: this profile still holds only its own plan.
  const otherLine = new LinePage(other);
  await otherLine.showPlans();
  await expect(otherLine.planCard('Only here')).toBeVisible();
  await expect(otherLine.planCard('Encrypted plan')).toHaveCount(0);

  await other.goto('/settings');
  await other.getByLabel('Import backup').setInputFiles(backupPath);
  await locked.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await locked.getByLabel('Passphrase', { exact: true }).press('Enter');
  const preview = other.getByRole('group', { name: 'Backup contents' });
  await expect(preview).toContainText('1 plan, 1 top-up and 1 receipt file');
  await expect(locked).toHaveCount(0);
  await preview.getByRole('button', { name: 'Replace everything' }).click();
  await expect(other.getByText('The backup was imported.')).toBeVisible();

  await otherLine.showPlans();
  await expect(otherLine.planCard('Only here')).toHaveCount(0);
  await otherLine.openCard('Encrypted plan');
  await otherLine.expectNextDue('2027-02-28');
  await expect(other.getByText('No. ENC-1')).toBeVisible();
  await expect(other.getByRole('button', { name: 'Show receipt.png full size' })).toBeVisible();
  await fresh.close();
});

test('a backup exported without a passphrase stays a plain ZIP and asks for none', async ({
  page,
}) => {
  await new PlanForm(page).add({ name: 'Plain plan', price: '10', nextDue: '2027-01-31' });
  await page.goto('/settings');
  const download = await saveFrom(page, () =>
    page.getByRole('button', { name: 'Export backup' }).click(),
  );
  expect(download.name).toBe('topup-backup-2027-01-20.zip');
  const bytes = readFileSync(download.path);
  expect(bytes.subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]));

  await page.getByLabel('Import backup').setInputFiles(download.path);
  await expect(page.getByRole('group', { name: 'Backup contents' })).toContainText(
    '1 plan, 0 top-ups and 0 receipt files',
  );
  await expect(page.getByRole('form', { name: 'Encrypted backup' })).toHaveCount(0);
});
