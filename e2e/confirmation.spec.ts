// Paste confirmation on the top-up form: what the text says fills the form for the user to check,
// and only Save logs it.
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { LinePage } from './pages/line-page';
import { PlanForm } from './pages/plan-form';

const T_MOBILE_SMS =
  'T-Mobile: Thanks for your payment of $50.00 on 01/18/2027 for (555) 123-4567. ' +
  'Confirmation #: 8842119305. Your plan renews 02/18/2027.';

const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });

async function openTopUpForm(page: Page): Promise<void> {
  await new PlanForm(page).add({
    name: 'US number',
    carrier: 'T-Mobile',
    price: '40',
    nextDue: '2027-01-31',
  });
  await page.getByRole('button', { name: 'Log top-up' }).first().click();
  await expect(field(page, 'Amount')).toHaveValue('40.00');
}

async function pasteConfirmation(page: Page, text: string): Promise<void> {
  await field(page, 'Paste confirmation').fill(text);
  await page.getByRole('button', { name: 'Fill from text' }).click();
}

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date('2027-01-20T10:00:00'));
});

test('a pasted confirmation fills amount, paid on and confirmation number, and Save logs them', async ({
  page,
}) => {
  await openTopUpForm(page);
  await pasteConfirmation(page, T_MOBILE_SMS);

  await expect(field(page, 'Amount')).toHaveValue('50.00');
  await expect(field(page, 'Paid on')).toHaveValue('2027-01-18');
  await expect(field(page, 'Confirmation number')).toHaveValue('8842119305');
  await expect(
    page.getByRole('status').filter({ hasText: 'Filled in from the text' }),
  ).toBeVisible();
  for (const label of ['Amount', 'Paid on', 'Confirmation number']) {
    await expect(field(page, label)).toHaveAccessibleDescription(/Check this/);
  }
  await expect(field(page, 'Periods')).not.toHaveAccessibleDescription(/Check this/);
  await expectNoAxeViolations(page);

  // Editing a filled field means the user has checked it.
  await field(page, 'Amount').fill('50');
  await expect(field(page, 'Amount')).not.toHaveAccessibleDescription(/Check this/);
  await expect(field(page, 'Paid on')).toHaveAccessibleDescription(/Check this/);

  await page.getByRole('button', { name: 'Save' }).click();
  const topUp = page.getByRole('listitem').filter({ hasText: 'No. 8842119305' });
  await expect(topUp).toContainText('$50.00');
  await expect(topUp.locator('time').first()).toHaveAttribute('datetime', '2027-01-18');
  await new LinePage(page).expectNextDue('2027-02-28');
});

test('a text with nothing to find says so and fills nothing', async ({ page }) => {
  await openTopUpForm(page);
  await pasteConfirmation(page, 'Hey, are we still on for dinner tonight? Bring the charger.');

  await expect(
    page.getByRole('status').filter({ hasText: 'Nothing to fill in was found in this text.' }),
  ).toBeVisible();
  await expect(field(page, 'Amount')).toHaveValue('40.00');
  await expect(field(page, 'Paid on')).toHaveValue('2027-01-20');
  await expect(field(page, 'Confirmation number')).toHaveValue('');
  await expect(page.getByText('Check this')).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test('an amount in another currency is not filled, and nothing is saved without Save', async ({
  page,
}) => {
  await openTopUpForm(page);
  await pasteConfirmation(
    page,
    '【中国联通】您好，您于2027-01-18 09:32充值100元，已到账。订单号：UN2027011809320017。',
  );

  await expect(
    page.getByRole('status').filter({ hasText: 'is in CNY, but this plan is paid in USD' }),
  ).toBeVisible();
  await expect(field(page, 'Amount')).toHaveValue('40.00');
  await expect(field(page, 'Amount')).not.toHaveAccessibleDescription(/Check this/);
  await expect(field(page, 'Paid on')).toHaveValue('2027-01-18');
  await expect(field(page, 'Confirmation number')).toHaveValue('UN2027011809320017');

  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByText('No top-ups logged yet.')).toBeVisible();
  await new LinePage(page).expectNextDue('2027-01-31');
});

test('a failed payment SMS fills nothing and says why', async ({ page }) => {
  await openTopUpForm(page);
  await pasteConfirmation(
    page,
    'T-Mobile: Your payment of $50.00 on 01/18/2027 could not be processed. Please update your card.',
  );
  await expect(page.getByRole('status').filter({ hasText: 'payment failed' })).toHaveText(
    'This says the payment failed: nothing to log.',
  );
  await expect(field(page, 'Amount')).toHaveValue('40.00');
  await expect(field(page, 'Paid on')).toHaveValue('2027-01-20');
  await expect(page.getByText('Check this')).toHaveCount(0);
});

test('a balance reply offers to update the line’s balance, and stores it only when asked', async ({
  page,
}) => {
  await page.goto('/plans/new');
  const form = new PlanForm(page);
  await form.fill({ name: 'Tello', carrier: 'Tello', price: '10', nextDue: '2027-02-09' });
  await form.field('Balance').fill('17.40');
  await form.save();
  await page.getByRole('button', { name: 'Log top-up' }).click();
  await pasteConfirmation(page, 'Tello: Account Balance $56.78, expires 05/02/2027.');
  await expect(page.getByRole('status').filter({ hasText: 'balance reply' })).toHaveText(
    'This is a balance reply, not a payment: nothing to log.',
  );
  await expect(
    page.getByText('The text gives the balance as $56.78 valid until May 2, 2027'),
  ).toBeVisible();
  await expect(field(page, 'Amount')).toHaveValue('10.00');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Update balance' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'updated' })).toHaveText(
    'The balance was updated.',
  );
  await page.getByRole('button', { name: 'Cancel' }).click();
  const balance = page.getByRole('region', { name: 'Balance' });
  await expect(balance).toContainText('$56.78 on Jan 20, 2027');
  await expect(balance).toContainText('The credit expires on May 2, 2027');
});

test('a UK text with a day-first date fills the right day', async ({ page }) => {
  await new PlanForm(page).add({
    name: 'UK',
    carrier: 'giffgaff',
    price: '10',
    currency: 'GBP',
    nextDue: '2027-04-20',
  });
  await page.getByRole('button', { name: 'Log top-up' }).first().click();
  await pasteConfirmation(
    page,
    'giffgaff: Thanks, we have received your payment of £10.00 on 03/01/2027.',
  );
  await expect(field(page, 'Paid on')).toHaveValue('2027-01-03');
  await expect(field(page, 'Amount')).toHaveValue('10.00');
});
