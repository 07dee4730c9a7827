// A number kept alive by use: a giffgaff line that must be used every six months. Logging a use
// moves the day the number is lost; the Plans card says what to do and by when.
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { PlanForm } from './pages/plan-form';

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date('2027-01-20T10:00:00'));
});

/** The date after "Number lost on" on the line's page. */
function lostOn(page: Page) {
  return page.locator('main dt:text-is("Number lost on") + dd time');
}

test('a line with an activity rule: log use moves the day the number is lost, and Plans says so', async ({
  page,
}) => {
  await page.goto('/plans/new');
  const form = new PlanForm(page);
  await form.fill({
    name: 'UK number',
    carrier: 'giffgaff',
    price: '10',
    currency: 'GBP',
    nextDue: '2027-06-01',
    graceDays: '0',
  });
  await form.field('Use at least every').fill('6');
  await form.field('Activity unit').selectOption({ label: 'Months' });
  await expect(page.getByRole('group', { name: 'What counts as use' })).toBeVisible();
  await page.getByRole('checkbox', { name: 'Top-ups' }).check();
  await form.field('Last used on').fill('2026-08-03');
  await expectNoAxeViolations(page);
  await form.save();

  // Used last on Aug 3: due by Feb 3, lost on Feb 4, before the payment of Jun 1.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('UK number');
  await expect(lostOn(page)).toHaveText('Feb 4, 2027');
  await expect(lostOn(page)).toHaveAttribute('datetime', '2027-02-04');
  await expect(page.locator('main')).toContainText(
    'Use it — a call, an SMS, data, or a top-up — by Feb 3, 2027',
  );

  await page.getByRole('button', { name: 'Log use' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Log use: UK number');
  await page.getByLabel('Used on', { exact: true }).fill('2027-01-19');
  await page.getByLabel('Kind', { exact: true }).selectOption({ label: 'SMS' });
  await page.getByLabel('Note', { exact: true }).fill('Text to the bank');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Save' }).click();

  // Used Jan 19: due by Jul 19, so the payment of Jun 1 comes first now.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('UK number');
  await expect(lostOn(page)).toHaveAttribute('datetime', '2027-06-02');
  await expect(page.getByRole('heading', { name: 'Uses' })).toBeVisible();
  await expect(page.getByText('Text to the bank')).toBeVisible();

  // On Plans, the card says the same, and offers Log use.
  await page.getByRole('link', { name: 'Plans' }).click();
  const card = page.getByRole('article', { name: 'UK number' });
  await expect(card).toContainText('Pay £10.00 by Jun 1, 2027');
  await expect(card.getByRole('button', { name: 'Log use' })).toBeVisible();
  await expectNoAxeViolations(page);

  // Deleting the use puts the clock back, and Undo returns it.
  await card.getByRole('link', { name: 'UK number' }).click();
  await page.getByRole('button', { name: 'Delete the use of Jan 19, 2027' }).click();
  await expect(lostOn(page)).toHaveAttribute('datetime', '2027-02-04');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(lostOn(page)).toHaveAttribute('datetime', '2027-06-02');
  await page.reload();
  await expect(lostOn(page)).toHaveAttribute('datetime', '2027-06-02');
});

test('the plan form refuses an activity rule that counts nothing, naming the field', async ({
  page,
}) => {
  await page.goto('/plans/new');
  const form = new PlanForm(page);
  await form.fill({ name: 'No kinds', price: '5', nextDue: '2027-02-01' });
  await form.field('Use at least every').fill('90');
  await form.field('Activity unit').selectOption({ label: 'Days' });
  for (const kind of ['Calls', 'SMS', 'Data'])
    await page.getByRole('checkbox', { name: kind }).uncheck();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(form.field('Use at least every')).toHaveAttribute('aria-invalid', 'true');
  await expect(form.field('Use at least every')).toHaveAccessibleDescription(
    /Choose at least one kind of use/,
  );
});

test('the keep-alive words in Chinese', async ({ page }) => {
  await page.goto('/settings');
  await page.getByLabel('Language', { exact: true }).selectOption({ label: '简体中文' });
  await page.goto('/plans/new');
  await expect(page.getByLabel('至少每隔多久使用一次', { exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
});
