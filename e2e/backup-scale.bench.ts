// Export and import of ten years of data (AT_SCALE: 20,000 top-ups, 100 MB of receipt files):
// the time each takes, the peak JavaScript heap while it runs (a backup must stream, not hold
// everything in memory at once) and the longest main-thread task (the page must never freeze).
import { statSync } from 'node:fs';
import { expect, test } from './fixtures';
import {
  AT_SCALE,
  type HeapPeak,
  longestTask,
  sampleHeap,
  seedAtScale,
  watchLongTasks,
  writeRaw,
} from './seed-at-scale';

const REPETITIONS = 3;
const LONG = { timeout: 10 * 60_000 };

interface Run {
  seconds: number;
  longestTaskMs: number;
  heap: HeapPeak;
}

test('backup export and import at scale', async ({ browser }) => {
  const source = await browser.newContext();
  const page = await source.newPage();
  const exportButton = page.getByRole('button', { name: 'Export backup' });
  await page.goto('/settings');
  await expect(exportButton).toBeEnabled();
  await seedAtScale(page, AT_SCALE);

  const exports: Run[] = [];
  let file = '';
  for (let i = 0; i < REPETITIONS; i++) {
    await page.reload();
    await expect(exportButton).toBeEnabled();
    await watchLongTasks(page);
    const stopSampling = await sampleHeap(page);
    const start = Date.now();
    const download = page.waitForEvent('download', LONG);
    await exportButton.click();
    file = await (await download).path();
    const seconds = (Date.now() - start) / 1000;
    exports.push({ seconds, longestTaskMs: await longestTask(page), heap: await stopSampling() });
  }

  const imports: Run[] = [];
  for (let i = 0; i < REPETITIONS; i++) {
    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await other.goto('/settings');
    await expect(other.getByLabel('Import backup')).toBeEnabled();
    await watchLongTasks(other);
    const stopSampling = await sampleHeap(other);
    const start = Date.now();
    await other.getByLabel('Import backup').setInputFiles(file);
    // Waited for by CSS selector: the page's long tasks are watched, and Playwright's role and
    // text queries, run on the page's thread at every poll, made some of its longest (60–80 ms).
    const preview = other.locator('[role="group"][aria-label="Backup contents"]');
    await expect(preview).toContainText(`${AT_SCALE.topUps} top-ups`, LONG);
    await preview.locator('button', { hasText: 'Replace everything' }).click();
    const imported = other.locator('p[role="status"]', { hasText: 'The backup was imported.' });
    await expect(imported).toBeVisible(LONG);
    const seconds = (Date.now() - start) / 1000;
    imports.push({ seconds, longestTaskMs: await longestTask(other), heap: await stopSampling() });
    await fresh.close();
  }

  const result = {
    repetitions: REPETITIONS,
    spec: AT_SCALE,
    attachmentBytes: AT_SCALE.attachments * AT_SCALE.attachmentBytes,
    backupBytes: statSync(file).size,
    export: exports,
    import: imports,
  };
  await source.close();
  writeRaw('backup', result);
  console.log(JSON.stringify(result, null, 2));
});
