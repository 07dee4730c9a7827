// Shared test helpers: an axe check and waiting for the service worker to take control.
import AxeBuilder from '@axe-core/playwright';
import { expect, test as base, type Page } from '@playwright/test';
import { AppShell } from './pages/app-shell';

export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' | ')}`,
  );
  expect(summary).toEqual([]);
}

/** Resolves once the service worker is activated (ready can resolve while still activating). */
export async function waitForActiveServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    const worker = registration.active;
    if (!worker || worker.state === 'activated') return;
    await new Promise<void>((resolve) => {
      worker.addEventListener('statechange', () => {
        if (worker.state === 'activated') resolve();
      });
    });
  });
}

export const test = base.extend<{ app: AppShell }>({
  app: async ({ page }, use) => {
    await use(new AppShell(page));
  },
});

export { expect };
