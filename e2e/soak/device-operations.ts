// Operations on the whole device: export a backup, import an earlier one (Replace or Merge), reload,
// and lose or regain the network.
import { expect } from '@playwright/test';
import { merge, type ModelRows } from './model';
import type { Backup, Operation, Soak } from './soak-state';

async function showSettings(soak: Soak): Promise<void> {
  const { page } = soak;
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Settings' })
    .click();
  await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
  soak.shown = null;
}

export function exportBackup(): Operation {
  return {
    kind: 'export backup',
    text: 'export a backup',
    async run(soak) {
      const { page } = soak;
      await showSettings(soak);
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Export backup' }).click();
      const path = await (await download).path();
      await expect(page.getByText('The backup file is ready')).toBeVisible();
      soak.backups.push({ path, rows: structuredClone(soak.rows), step: soak.step });
    },
  };
}

/** A count and its noun, as English says them: "1 plan", "0 plans". */
function counted(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function holds(rows: ModelRows): string {
  return (
    `This backup holds ${counted(rows.lines.length, 'plan')}, ` +
    `${counted(rows.topUps.length, 'top-up')} and ${counted(rows.attachments.length, 'receipt file')}.`
  );
}

export function importBackup(backup: Backup, mode: 'replace' | 'merge'): Operation {
  return {
    kind: mode === 'replace' ? 'import replace' : 'import merge',
    text: `import the backup of step ${backup.step} with ${mode === 'replace' ? 'Replace everything' : 'Merge'}`,
    async run(soak) {
      const { page } = soak;
      await showSettings(soak);
      await page.getByLabel('Import backup').setInputFiles(backup.path);
      const preview = page.getByRole('group', { name: 'Backup contents' });
      await expect(preview).toContainText(holds(backup.rows));
      await preview
        .getByRole('button', { name: mode === 'replace' ? 'Replace everything' : 'Merge' })
        .click();
      await expect(page.getByText('The backup was imported.')).toBeVisible();
      soak.rows = mode === 'replace' ? structuredClone(backup.rows) : merge(soak.rows, backup.rows);
    },
  };
}

export function reload(): Operation {
  return {
    kind: 'reload',
    text: 'reload the page',
    async run(soak) {
      const response = await soak.page.reload();
      if (soak.offline && !response?.fromServiceWorker()) {
        throw new Error('Offline, the reload was not served by the service worker');
      }
      await soak.page.getByRole('heading', { level: 1 }).waitFor();
    },
  };
}

export function toggleOffline(soak: Soak): Operation {
  const offline = !soak.offline;
  return {
    kind: 'offline',
    text: offline ? 'go offline' : 'go online',
    async run(soak) {
      await soak.context.setOffline(offline);
      soak.offline = offline;
      const note = soak.page.getByRole('banner').getByText('Offline', { exact: true });
      if (offline) await expect(note).toBeVisible();
      else await expect(note).toBeHidden();
    },
  };
}
