import { expect, test } from './fixtures';
import { VIEWS } from './pages/app-shell';

test.describe('privacy and security', () => {
  test('a walk through every view requests nothing from another origin and breaks no CSP rule', async ({
    app,
    page,
    baseURL,
  }) => {
    const origin = new URL(baseURL ?? '').origin;
    const foreign: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin)
        foreign.push(url.href);
    });
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });

    await app.open('/');
    for (const view of VIEWS) {
      await app.goTo(view.link);
      await expect(app.heading).toHaveText(view.heading);
    }
    await page.reload();
    await expect(app.heading).toHaveText('Settings');
    expect(foreign).toEqual([]);
    expect(violations).toEqual([]);
  });

  test('the page carries a strict Content Security Policy', async ({ page }) => {
    await page.goto('/');
    const policy = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'self'");
    expect(policy).toContain("form-action 'self'");
    expect(policy).toContain("img-src 'self' blob: data:");
    expect(policy).not.toContain('unsafe-eval');
    expect(policy).not.toContain('unsafe-inline');
  });
});
