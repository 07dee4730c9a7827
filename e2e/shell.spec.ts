import { expect, expectNoAxeViolations, test } from './fixtures';
import { VIEWS } from './pages/app-shell';

test.describe('the app frame', () => {
  for (const view of VIEWS) {
    test(`${view.path} shows the navigation and exactly one h1, "${view.heading}"`, async ({
      app,
    }) => {
      await app.open(view.path);
      await expect(app.heading).toHaveCount(1);
      await expect(app.heading).toHaveText(view.heading);
      for (const { link } of VIEWS) {
        await expect(app.nav.getByRole('link', { name: link })).toBeVisible();
      }
      await expect(app.nav.getByRole('link', { name: view.link })).toHaveAttribute(
        'aria-current',
        'page',
      );
    });
  }

  test('the navigation moves between views and focuses the new heading', async ({ app, page }) => {
    await app.open('/');
    for (const view of VIEWS.slice(1)) {
      await app.goTo(view.link);
      await expect(page).toHaveURL(view.path);
      await expect(app.heading).toHaveText(view.heading);
      await expect(app.heading).toBeFocused();
    }
  });

  test('an unknown path shows the not-found view with a way back', async ({ app, page }) => {
    await app.open('/no/such/page');
    await expect(app.heading).toHaveText('Page not found');
    await page.getByRole('link', { name: 'Go to Plans' }).click();
    await expect(app.heading).toHaveText('Plans');
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe finds no violations on any view in the ${colorScheme} theme`, async ({
      app,
      page,
    }) => {
      await page.emulateMedia({ colorScheme });
      for (const view of [...VIEWS, { path: '/missing', heading: 'Page not found' }]) {
        await app.open(view.path);
        await expect(app.heading).toHaveText(view.heading);
        await expectNoAxeViolations(page);
      }
    });
  }

  test('the layout fits a 320 px wide screen without sideways scrolling', async ({ app, page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    for (const view of VIEWS) {
      await app.open(view.path);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    }
  });
});
