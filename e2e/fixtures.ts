// Shared test helpers: an axe check, waiting for the service worker, files the app saves, and
// whether a page came from the service worker.
import AxeBuilder from '@axe-core/playwright';
import { writeFileSync } from 'node:fs';
import { expect, test as base, type Page, type Response } from '@playwright/test';
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

function isChromium(page: Page): boolean {
  return page.context().browser()?.browserType().name() === 'chromium';
}

/**
 * Whether a page loaded with the network off came from the service worker. Chromium's driver says
 * so of the response; Firefox's (WebDriver BiDi) does not, so there the page must be controlled
 * by the worker, which answers every navigation it controls. That is the weaker check: a page
 * the browser took from its own cache would pass it too.
 */
export async function servedByWorker(page: Page, response: Response | null): Promise<boolean> {
  if (isChromium(page)) {
    return response?.fromServiceWorker() ?? false;
  }
  return page.evaluate(() => navigator.serviceWorker.controller !== null);
}

declare global {
  interface Window {
    savedFiles?: { name: string; blob: Blob }[];
  }
}

/** Keeps each Blob the app hands to a download link, for drivers that report no download. */
function keepSavedFiles() {
  const blobs = new Map<string, Blob>();
  const createObjectURL = URL.createObjectURL.bind(URL);
  URL.createObjectURL = (object: Blob | MediaSource) => {
    const url = createObjectURL(object);
    if (object instanceof Blob) blobs.set(url, object);
    return url;
  };
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (this.download && blob) (window.savedFiles ??= []).push({ name: this.download, blob });
    click.call(this);
  };
}

/**
 * The file the app saves when `action` runs: its name and a path to its bytes. Chromium's driver
 * reports the download; Firefox's (WebDriver BiDi) fires no download event, so there the bytes
 * come from the Blob the app saved, written to the test's output folder.
 */
export async function saveFrom(
  page: Page,
  action: () => Promise<void>,
): Promise<{ name: string; path: string }> {
  if (isChromium(page)) {
    const download = page.waitForEvent('download');
    await action();
    const file = await download;
    return { name: file.suggestedFilename(), path: await file.path() };
  }
  const before = await page.evaluate(() => window.savedFiles?.length ?? 0);
  await action();
  await page.waitForFunction((count) => (window.savedFiles?.length ?? 0) > count, before);
  const { name, base64 } = await page.evaluate(async (index) => {
    const saved = window.savedFiles?.[index];
    if (!saved) throw new Error('No file was saved');
    const bytes = new Uint8Array(await saved.blob.arrayBuffer());
    let binary = '';
    for (const byte of bytes) binary += String.fromCharCode(byte);
    return { name: saved.name, base64: btoa(binary) };
  }, before);
  const path = test.info().outputPath(`${before}-${name}`);
  writeFileSync(path, Buffer.from(base64, 'base64'));
  return { name, path };
}

export const test = base.extend<{ app: AppShell }>({
  context: async ({ context, browserName }, use) => {
    if (browserName !== 'chromium') await context.addInitScript(keepSavedFiles);
    await use(context);
  },
  app: async ({ page }, use) => {
    await use(new AppShell(page));
  },
});

export { expect };
