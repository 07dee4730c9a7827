// The check after every step: the database holds what the model says, and the page in view agrees.
import { expect } from '@playwright/test';
import { differences } from './differences';
import type { Soak } from './soak-state';
import { readStoredRows } from './stored-rows';

export async function expectModel(soak: Soak): Promise<void> {
  // A write the page started may still be committing: poll until the rows agree, or fail with
  // every difference left.
  await expect
    .poll(async () => differences(await readStoredRows(soak.page), soak.rows), {
      message: 'the stored rows agree with the model',
      timeout: 5_000,
      intervals: [20, 50, 100, 250],
    })
    .toEqual([]);

  const path = new URL(soak.page.url()).pathname;
  const shown = soak.rows.lines.find((line) => path === `/plans/${line.id}`);
  if (shown) await soak.linePage.expectNextDue(shown.nextDue);
}
