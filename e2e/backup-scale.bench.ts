// Export and import of 20,000 top-ups with 200 MB of receipts: time, and the longest main-thread
// task while each runs (the page must never freeze).
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { longestTask, seedAtScale, watchLongTasks } from './seed-at-scale';

const SPEC = { lines: 100, topUps: 20_000, attachments: 200, attachmentBytes: 1_000_000 };

test('backup export and import at scale', async ({ page, browser }) => {
  await page.goto('/settings');
  await expect(page.getByRole('button', { name: 'Export backup' })).toBeEnabled();
  await seedAtScale(page, SPEC);
  await page.reload();
  await watchLongTasks(page);

  const exportStart = Date.now();
  const download = page.waitForEvent('download', { timeout: 10 * 60_000 });
  await page.getByRole('button', { name: 'Export backup' }).click();
  const file = await (await download).path();
  const exportSeconds = (Date.now() - exportStart) / 1000;
  const exportLongest = await longestTask(page);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto('/settings');
  await watchLongTasks(other);
  const importStart = Date.now();
  await other.getByLabel('Import backup').setInputFiles(file);
  const preview = other.getByRole('group', { name: 'Backup contents' });
  await expect(preview).toContainText('20000 top-ups', { timeout: 10 * 60_000 });
  const readSeconds = (Date.now() - importStart) / 1000;
  await preview.getByRole('button', { name: 'Replace everything' }).click();
  await expect(other.getByText('The backup was imported.')).toBeVisible({ timeout: 10 * 60_000 });
  const importSeconds = (Date.now() - importStart) / 1000;
  const importLongest = await longestTask(other);
  await fresh.close();

  const result = {
    ...SPEC,
    backupBytes: statSync(file).size,
    exportSeconds,
    exportLongestTaskMs: exportLongest,
    importReadSeconds: readSeconds,
    importTotalSeconds: importSeconds,
    importLongestTaskMs: importLongest,
  };
  mkdirSync('reports', { recursive: true });
  writeFileSync('reports/backup-scale.json', JSON.stringify(result, null, 2));
  console.log(result);
});
