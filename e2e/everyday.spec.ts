import { expect, expectNoAxeViolations, test, waitForActiveServiceWorker } from './fixtures';
import { LinePage } from './pages/line-page';
import { PlanForm } from './pages/plan-form';

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date('2027-01-20T10:00:00'));
});

test('adding a plan and logging a top-up work offline', async ({ page, context }) => {
  await page.goto('/');
  await waitForActiveServiceWorker(page);
  await context.setOffline(true);
  await page.reload();
  await new PlanForm(page).add({ name: 'Offline line', price: '15', nextDue: '2027-01-31' });
  const line = new LinePage(page);
  await line.logTopUp({ files: ['e2e/files/receipt.png'] });
  await line.expectNextDue('2027-02-28');
  await page.reload();
  await line.expectNextDue('2027-02-28');
});

test('a plan can be added and a top-up logged with the keyboard alone', async ({ page }) => {
  await page.goto('/');
  const addPlan = page.getByRole('link', { name: 'Add plan' });
  while (!(await addPlan.evaluate((element) => element === document.activeElement))) {
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Add plan');
  await page.keyboard.press('Tab'); // from the focused heading to Name
  await expect(page.getByLabel('Name', { exact: true })).toBeFocused();
  await page.keyboard.type('Keyboard line');
  const price = page.getByLabel('Price', { exact: true });
  while (!(await price.evaluate((element) => element === document.activeElement))) {
    await page.keyboard.press('Tab');
  }
  await page.keyboard.type('12.50');
  await page.keyboard.press('Enter'); // submits the form
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Keyboard line');

  const log = page.getByRole('button', { name: 'Log top-up' });
  await log.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Amount')).toHaveValue('12.50');
  await page.getByLabel('Amount').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Top-ups' })).toBeVisible();
  await new LinePage(page).expectNextDue('2027-02-20');
});

test.describe('in Chinese', () => {
  test.use({ locale: 'zh-CN' });

  test('a plan is added and a top-up logged in Simplified Chinese, and every form passes axe', async ({
    page,
  }) => {
    await page.goto('/');
    await page.getByRole('link', { name: '添加号码' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('添加号码');
    await page.getByLabel('名称', { exact: true }).fill('我的美国号码');
    await page.getByLabel('价格', { exact: true }).fill('15');
    await page.getByLabel('下次到期日', { exact: true }).fill('2027-01-31');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: '保存' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('我的美国号码');
    await page.getByRole('button', { name: '记录充值' }).click();
    await expect(page.getByText('这次充值后，到期日将变为')).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: '保存' }).click();
    await expect(page.getByRole('heading', { name: '充值记录' })).toBeVisible();
    await expect(page.locator('dd time').first()).toHaveAttribute('datetime', '2027-02-28');
    await page.getByRole('link', { name: '号码', exact: true }).click();
    await expect(page.getByRole('article')).toContainText('39 天后到期');
  });
});
