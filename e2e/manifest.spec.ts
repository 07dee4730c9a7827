import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { BASE_URL, chromiumLaunchOptions } from './browser';
import { expect, test, waitForActiveServiceWorker } from './fixtures';

test.describe('installable app', () => {
  test('the manifest carries every field an installed app needs', async ({ request }) => {
    const response = await request.get('/manifest.webmanifest');
    expect(response.ok()).toBe(true);
    const manifest = await response.json();
    expect(manifest).toMatchObject({
      id: '/',
      name: 'Topup',
      short_name: 'Topup',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      lang: 'en',
    });
    expect(manifest.description).toBeTruthy();
    expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
    expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/i);
    expect(manifest.categories).toContain('finance');
    const icons: { src: string; sizes: string; purpose?: string }[] = manifest.icons;
    expect(icons.map((icon) => `${icon.sizes} ${icon.purpose ?? 'any'}`)).toEqual(
      expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']),
    );
    for (const src of [...icons.map((icon) => icon.src), 'apple-touch-icon-180x180.png']) {
      const icon = await request.get(`/${src}`);
      expect(icon.headers()['content-type'], src).toBe('image/png');
    }
  });

  test("Chrome's own installability check finds no error (Chromium only: CDP)", async ({
    browserName,
  }) => {
    test.skip(
      browserName !== 'chromium',
      'The installability check is a Chrome DevTools Protocol command',
    );
    // Chrome reports 'in-incognito' for Playwright's default context: use a real profile.
    const profile = mkdtempSync(join(tmpdir(), 'topup-profile-'));
    const context = await chromium.launchPersistentContext(profile, {
      ...chromiumLaunchOptions,
      headless: true,
    });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(BASE_URL);
      await waitForActiveServiceWorker(page);
      const session = await context.newCDPSession(page);
      await expect
        .poll(async () => (await session.send('Page.getInstallabilityErrors')).installabilityErrors)
        .toEqual([]);
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  });
});
