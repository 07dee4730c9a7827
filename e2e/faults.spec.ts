// Faults injected into a real browser: storage running out while a top-up with a photo is saved,
// two tabs editing one plan, and the page closed in the middle of an import.
import { randomBytes } from 'node:crypto';
import type { Page } from '@playwright/test';
import { expect, test, saveFrom } from './fixtures';
import { LinePage } from './pages/line-page';
import { PlanForm } from './pages/plan-form';
import { seedAtScale } from './seed-at-scale';

/** Rows in each table, read from IndexedDB itself. */
function countRows(page: Page, tables: string[]): Promise<Record<string, number>> {
  return page.evaluate(async (names) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('topup');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const counts: Record<string, number> = {};
    for (const name of names) {
      counts[name] = await new Promise<number>((resolve, reject) => {
        const request = db.transaction(name).objectStore(name).count();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    }
    db.close();
    return counts;
  }, tables);
}

/** A PNG by its signature, of random (incompressible) bytes: big to store, small to shrink. */
function bigPng(bytes: number) {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return {
    name: 'big-receipt.png',
    mimeType: 'image/png',
    buffer: Buffer.concat([signature, randomBytes(bytes)]),
  };
}

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date('2027-01-20T10:00:00'));
});

test('storage running out while a top-up with a photo is saved: a clear message, nothing half-saved', async ({
  page,
}) => {
  // The fault, injected where IndexedDB meets the disk: while the flag is up, storing a file
  // fails as a full disk makes it fail.
  await page.addInitScript(() => {
    const flags = globalThis as { storageFull?: boolean };
    for (const method of ['add', 'put'] as const) {
      const original = IDBObjectStore.prototype[method];
      IDBObjectStore.prototype[method] = function (this: IDBObjectStore, value, key) {
        const holdsFile = typeof value === 'object' && value !== null && 'blob' in value;
        if (flags.storageFull && holdsFile) {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        }
        return original.call(this, value, key);
      };
    }
  });
  await new PlanForm(page).add({ name: 'Full disk', price: '15', nextDue: '2027-01-31' });
  const line = new LinePage(page);
  await page.evaluate(() => Object.assign(globalThis, { storageFull: true }));

  await page.getByRole('button', { name: 'Log top-up' }).click();
  await page.getByLabel('Confirmation number').fill('NO-ROOM');
  await page.getByLabel('Attachment').setInputFiles(bigPng(300 * 1024));
  await expect(page.getByRole('list', { name: 'Chosen receipts' })).toBeVisible();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('alert')).toContainText("The device's storage is full");
  // The form keeps what was typed, so nothing is lost once there is room again.
  await expect(page.getByLabel('Confirmation number')).toHaveValue('NO-ROOM');
  expect(await countRows(page, ['topUps', 'attachments'])).toEqual({ topUps: 0, attachments: 0 });

  await page.evaluate(() => Object.assign(globalThis, { storageFull: false }));
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('heading', { name: 'Top-ups' }).waitFor();
  await line.expectNextDue('2027-02-28');
  expect(await countRows(page, ['topUps', 'attachments'])).toEqual({ topUps: 1, attachments: 1 });
});

test('two tabs editing the same plan: the second save is refused and says why, nothing is lost silently', async ({
  page,
  context,
}) => {
  await new PlanForm(page).add({ name: 'Shared', price: '15', nextDue: '2027-01-31' });
  const editUrl = `${new URL(page.url()).pathname}/edit`;
  const other = await context.newPage();
  await other.clock.setFixedTime(new Date('2027-01-20T10:00:00'));
  await other.goto(editUrl);
  await page.goto(editUrl);

  await page.getByLabel('Price').fill('20');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('heading', { level: 1, name: 'Shared' }).waitFor();

  await other.getByLabel('Name', { exact: true }).fill('Shared, renamed');
  await other.getByRole('button', { name: 'Save' }).click();
  await expect(other.getByRole('alert')).toContainText('changed in another tab');
  await expect(other.getByLabel('Name', { exact: true })).toHaveValue('Shared, renamed');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Shared');
  await expect(page.getByText('$20.00', { exact: true })).toBeVisible();
});

test('closing the page in the middle of an import leaves no partial data', async ({
  page,
  browser,
}) => {
  await page.goto('/settings');
  await seedAtScale(page, { lines: 60, topUps: 12_000, attachments: 0, attachmentBytes: 0 });
  const download = await saveFrom(page, () =>
    page.getByRole('button', { name: 'Export backup' }).click(),
  );
  const backup = download.path;

  const fresh = await browser.newContext();
  const importer = await fresh.newPage();
  await importer.goto('/settings');
  await importer.getByLabel('Import backup').setInputFiles(backup);
  const preview = importer.getByRole('group', { name: 'Backup contents' });
  await expect(preview).toContainText('60 plans, 12000 top-ups');
  await preview.getByRole('button', { name: 'Replace everything' }).click();
  await expect(importer.getByText('Importing…')).toBeVisible();
  await importer.close();

  const after = await fresh.newPage();
  await after.goto('/settings');
  const counts = await countRows(after, ['lines', 'topUps']);
  // All or nothing: the import is one transaction, and a closed page aborts it.
  expect([
    { lines: 0, topUps: 0 },
    { lines: 60, topUps: 12_000 },
  ]).toContainEqual(counts);
  await fresh.close();
});
