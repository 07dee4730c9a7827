// What the worker's registration shows, read and cleared from the page, as a person would see
// and dismiss notifications.
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

export type Shown = { title: string; body: string };

/** What the worker's registration is showing now, as the notification centre would list it. */
export function shownNotifications(page: Page): Promise<Shown[]> {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    const shown = (await registration?.getNotifications()) ?? [];
    return shown
      .map(({ title, body }) => ({ title, body }))
      .sort((a, b) => a.title.localeCompare(b.title));
  });
}

/** The user dismisses every notification. */
export async function dismissNotifications(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    for (const notification of (await registration?.getNotifications()) ?? []) notification.close();
  });
  await expect.poll(() => shownNotifications(page)).toEqual([]);
}
