// The page model of the frame every view shares: navigation and the view's heading.
import type { Locator, Page } from '@playwright/test';

export const VIEWS = [
  { path: '/', link: 'Plans', heading: 'Plans' },
  { path: '/receipts', link: 'Receipts', heading: 'Receipts' },
  { path: '/insight', link: 'Insight', heading: 'Insight' },
  { path: '/settings', link: 'Settings', heading: 'Settings' },
] as const;

export class AppShell {
  readonly nav: Locator;
  readonly heading: Locator;

  constructor(readonly page: Page) {
    this.nav = page.getByRole('navigation', { name: 'Main' });
    this.heading = page.getByRole('heading', { level: 1 });
  }

  async open(path = '/'): Promise<void> {
    await this.page.goto(path);
    await this.heading.first().waitFor();
  }

  async goTo(linkName: string): Promise<void> {
    await this.nav.getByRole('link', { name: linkName }).click();
  }
}
