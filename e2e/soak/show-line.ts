// Getting to a plan's page the way a person does, checking on the way that the Plans view shows the
// due date the model expects.
import { expect } from '@playwright/test';
import type { ModelLine } from './model';
import type { Soak } from './soak-state';

export function isShowing(soak: Soak, line: ModelLine): boolean {
  return new URL(soak.page.url()).pathname === `/plans/${line.id}`;
}

export async function showLine(soak: Soak, line: ModelLine): Promise<void> {
  const { linePage } = soak;
  if (!isShowing(soak, line)) {
    await linePage.showPlans(line.archived);
    await expect(linePage.cardNextDue(line.name, line.archived)).toHaveAttribute(
      'datetime',
      line.nextDue,
    );
    await linePage.openCard(line.name, line.archived);
  } else {
    await expect(soak.page.getByRole('heading', { level: 1 })).toHaveText(line.name);
  }
  soak.shown = line.id;
}
