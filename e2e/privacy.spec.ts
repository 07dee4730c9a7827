import { expect, servedByWorker, test, waitForActiveServiceWorker } from './fixtures';
import { VIEWS } from './pages/app-shell';
import { LinePage } from './pages/line-page';
import { PlanForm } from './pages/plan-form';

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
      if (/Content Security Policy|Trusted ?(HTML|Script|Types)/i.test(message.text()))
        violations.push(message.text());
    });
    page.on('pageerror', (error) => violations.push(error.message));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) =>
        console.error(`Content Security Policy: ${event.violatedDirective} ${event.blockedURI}`),
      );
    });

    await app.open('/');
    for (const view of VIEWS) {
      await app.goTo(view.link);
      await expect(app.heading).toHaveText(view.heading);
    }
    // The paths that render user data and files: a plan, a top-up with a photo, the photo itself.
    await new PlanForm(page).add({ name: 'Walk', price: '5', nextDue: '2027-01-31' });
    const line = new LinePage(page);
    await line.logTopUp({ files: ['e2e/files/receipt.png'] });
    await page.getByRole('button', { name: /^Show .* full size$/ }).click();
    await expect(page.getByRole('dialog').getByRole('img')).toBeVisible();
    await page.keyboard.press('Escape');
    for (const view of VIEWS) {
      await app.goTo(view.link);
      await expect(app.heading).toHaveText(view.heading);
    }
    await page.reload();
    await expect(app.heading).toHaveText('Settings');
    expect(foreign).toEqual([]);
    expect(violations).toEqual([]);
  });

  test('the page carries a strict Content Security Policy, from the server and from the worker alike', async ({
    page,
    context,
  }) => {
    const first = await page.goto('/');
    const offline = async () => {
      await waitForActiveServiceWorker(page);
      await context.setOffline(true);
      const response = await page.reload();
      expect(await servedByWorker(page, response)).toBe(true);
      return response;
    };
    for (const response of [first, await offline()]) {
      const policy = (await response?.allHeaders())?.['content-security-policy'] ?? '';
      expect(policy).toContain("default-src 'self'");
      expect(policy).toContain("script-src 'self'");
      expect(policy).toContain("object-src 'none'");
      expect(policy).toContain("base-uri 'self'");
      expect(policy).toContain("form-action 'self'");
      expect(policy).toContain("frame-ancestors 'none'");
      expect(policy).toContain("img-src 'self' blob: data:");
      expect(policy).toContain("require-trusted-types-for 'script'");
      expect(policy).not.toContain('unsafe-eval');
      expect(policy).not.toContain('unsafe-inline');
    }
    // A `<meta>` policy would stop Chromium's preload scanner; the header does it all.
    await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveCount(0);
  });

  test('Trusted Types are enforced: no string can become markup or script, online or offline', async ({
    page,
    context,
  }) => {
    const markupFromString = () =>
      page.evaluate(() => {
        try {
          document.createElement('div').innerHTML = '<img src=x onerror=alert(1)>';
          return 'allowed';
        } catch (error) {
          return error instanceof TypeError ? 'refused' : 'other';
        }
      });
    await page.goto('/');
    expect(await markupFromString()).toBe('refused');
    await waitForActiveServiceWorker(page);
    await context.setOffline(true);
    expect(await servedByWorker(page, await page.reload())).toBe(true);
    expect(await markupFromString()).toBe('refused');
  });
});
