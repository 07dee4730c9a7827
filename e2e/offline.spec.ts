import { expect, servedByWorker, test, waitForActiveServiceWorker } from './fixtures';

test.describe('offline', () => {
  test('the service worker activates and serves an offline reload', async ({
    app,
    page,
    context,
  }) => {
    await app.open('/');
    await waitForActiveServiceWorker(page);
    await context.setOffline(true);
    const response = await page.reload();
    expect(await servedByWorker(page, response)).toBe(true);
    await expect(app.heading).toHaveText('Plans');
    await expect(app.nav).toBeVisible();
  });

  test('a deep link opened offline in a new page renders its view', async ({
    app,
    page,
    context,
  }) => {
    await app.open('/');
    await waitForActiveServiceWorker(page);
    await context.setOffline(true);
    const second = await context.newPage();
    const response = await second.goto('/settings');
    expect(await servedByWorker(second, response)).toBe(true);
    await expect(second.getByRole('heading', { level: 1 })).toHaveText('Settings');
    await expect(second.getByLabel('Language')).toBeVisible();
  });

  test('robots.txt is a real file, not the app shell', async ({ request }) => {
    const response = await request.get('/robots.txt');
    expect(response.ok()).toBe(true);
    expect(await response.text()).toContain('User-agent: *');
  });
});
