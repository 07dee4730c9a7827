import { expect, test } from './fixtures';
import { PlanForm } from './pages/plan-form';
import { appDatabaseCreated } from './seed-at-scale';

test.describe('storage faults', () => {
  test('when IndexedDB refuses to open, a page explains why instead of a blank screen', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      IDBFactory.prototype.open = () => {
        throw new DOMException(
          'The user denied permission to access the database.',
          'SecurityError',
        );
      };
    });
    await page.goto('/');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Topup cannot open its storage');
    await expect(alert).toContainText('private or incognito');
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    await expect(page.getByRole('button', { name: 'Reload' })).toBeVisible();
  });

  test('when another tab upgrades the schema, this tab offers a reload and keeps the edit in hand', async ({
    app,
    page,
  }) => {
    await app.open('/plans/new');
    await page.getByLabel('Name', { exact: true }).fill('Typed before the upgrade');
    await appDatabaseCreated(page);
    // Another tab of a newer version opens the database at a higher version.
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open('topup', 1000);
          request.onsuccess = () => {
            request.result.close();
            resolve();
          };
          request.onerror = () => reject(request.error);
        }),
    );
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Topup was updated in another tab');
    await expect(alert.getByRole('button', { name: 'Reload' })).toBeVisible();
    // The form is left as it was, and its draft is kept for the reload to bring back.
    await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Typed before the upgrade');
    const draft = await page.evaluate(() => sessionStorage.getItem('topup-draft:plan:new'));
    expect(JSON.parse(draft ?? '{}')).toMatchObject({ name: 'Typed before the upgrade' });
  });
});

test('a start shows the stored plans and language at once, then follows what another tab changes', async ({
  page,
  context,
}) => {
  await page.clock.setFixedTime(new Date('2027-01-20T10:00:00'));
  await new PlanForm(page).add({ name: 'Mint', price: '15', nextDue: '2027-01-31' });
  await page.goto('/settings');
  await page.getByLabel('Language').selectOption('zh-Hant');
  // A new start.
  await page.goto('/');
  await expect(page.getByRole('list', { name: '您的門號，最緊急的在前' })).toContainText('Mint');

  // Another tab sets the language back, and adds a plan: this one follows both.
  const other = await context.newPage();
  await other.clock.setFixedTime(new Date('2027-01-20T10:00:00'));
  await other.goto('/settings');
  await other.getByLabel('語言').selectOption('en');
  await new PlanForm(other).add({ name: 'Tello', price: '10', nextDue: '2027-02-05' });
  const list = page.getByRole('list', { name: 'Your plans, most urgent first' });
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await expect(list).toContainText('Tello');
});

test('a first visit follows a plan that another tab adds', async ({ page, context }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Plans', level: 1 })).toBeVisible();
  const other = await context.newPage();
  await new PlanForm(other).add({ name: 'Tello', price: '10', nextDue: '2027-02-05' });
  const list = page.getByRole('list', { name: 'Your plans, most urgent first' });
  await expect(list).toContainText('Tello');
});
