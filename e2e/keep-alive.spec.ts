// A number kept alive by use: a giffgaff line that must be used every six months. Logging a use
// moves the day the number is lost; the Plans card says what to do and by when.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { BASE_URL } from './browser';
import {
  expect,
  expectNoAxeViolations,
  test,
  waitForActiveServiceWorker,
  saveFrom,
} from './fixtures';
import { dismissNotifications, shownNotifications } from './notifications';
import { PlanForm } from './pages/plan-form';

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date('2027-01-20T10:00:00'));
});

/** The date after "Number lost on" on the line's page. */
function lostOn(page: Page) {
  return page.locator('main dt:text-is("Number lost on") + dd time');
}

/** Fills the plan form with a giffgaff line used at least every 6 months; Save is left to the test. */
async function fillGiffgaff(page: Page, nextDue: string, lastUsedOn: string): Promise<PlanForm> {
  await page.goto('/plans/new');
  const form = new PlanForm(page);
  await form.fill({
    name: 'UK number',
    carrier: 'giffgaff',
    price: '10',
    currency: 'GBP',
    nextDue,
    graceDays: '0',
  });
  await form.field('Use at least every').fill('6');
  await form.field('Activity unit').selectOption({ label: 'Months' });
  await form.field('Last used on').fill(lastUsedOn);
  return form;
}

test('a line with an activity rule: log use moves the day the number is lost, and Plans says so', async ({
  page,
}) => {
  const form = await fillGiffgaff(page, '2027-06-01', '2026-08-03');
  await expect(page.getByRole('group', { name: 'What counts as use' })).toBeVisible();
  await page.getByRole('checkbox', { name: 'Top-ups' }).check();
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
  await expect(card).toContainText('Pay £10.00 by Jun 1');
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

test('an activity rule reminds once at each stage, and a logged use moves its reminders', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['notifications'], { origin: BASE_URL });
  const form = await fillGiffgaff(page, '2027-12-01', '2026-07-21');
  await form.save();
  await waitForActiveServiceWorker(page);

  // Used Jul 21: due by Jan 21. On Jan 20 after 09:00, the 1-day stage has come.
  const dueTomorrow = {
    title: 'UK number: Use it — a call, an SMS, or data — by Jan 21, 2027',
    body: 'Number lost on Jan 22, 2027 unless you act.',
  };
  await expect.poll(() => shownNotifications(page)).toEqual([dueTomorrow]);
  await dismissNotifications(page);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('UK number');
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'UK number' })).toBeVisible();
  expect(await shownNotifications(page)).toEqual([]);

  // The due day itself is the next stage: one alert again.
  await page.clock.setFixedTime(new Date('2027-01-21T09:30:00'));
  await page.reload();
  await expect.poll(() => shownNotifications(page)).toEqual([dueTomorrow]);
  await dismissNotifications(page);

  // A use logged today moves the activity due date six months on: nothing is owed now.
  await page
    .getByRole('article', { name: 'UK number' })
    .getByRole('button', { name: 'Log use' })
    .click();
  await page.getByLabel('Used on', { exact: true }).fill('2027-01-21');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(lostOn(page)).toHaveAttribute('datetime', '2027-07-22');
  await page.reload();
  await expect(lostOn(page)).toHaveAttribute('datetime', '2027-07-22');
  expect(await shownNotifications(page)).toEqual([]);

  // Three days before the new date, its first stage comes.
  await page.clock.setFixedTime(new Date('2027-07-18T09:30:00'));
  await page.reload();
  await expect
    .poll(() => shownNotifications(page))
    .toEqual([
      {
        title: 'UK number: Use it — a call, an SMS, or data — by Jul 21, 2027',
        body: 'Number lost on Jul 22, 2027 unless you act.',
      },
    ]);
});

test('the plan form offers a carrier’s own keep-alive facts, with their sources, and every value stays editable', async ({
  page,
}) => {
  await page.goto('/plans/new');
  const form = new PlanForm(page);
  await form.fill({
    name: 'UK number',
    carrier: 'Vodafone UK',
    price: '10',
    currency: 'GBP',
    nextDue: '2027-06-01',
  });
  const facts = page.getByRole('region', { name: 'What Vodafone UK’s own pages say' });
  await expect(facts).toContainText(
    'Use the number at least every 180 days: an SMS or a top-up counts.',
  );
  await expect(facts).toContainText('90 days after a missed renewal before the number is lost.');
  await expect(facts.getByRole('link', { name: 'Source' }).first()).toHaveAttribute(
    'href',
    'https://www.vodafone.co.uk/about-us/customer-info/keeping-your-pay-as-you-go-number-active/index.htm',
  );
  await expectNoAxeViolations(page);
  await facts.getByRole('button', { name: 'Use Vodafone UK’s values' }).click();
  await expect(form.field('Use at least every')).toHaveValue('180');
  await expect(form.field('Activity unit')).toHaveValue('days');
  await expect(page.getByRole('checkbox', { name: 'Calls' })).not.toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Top-ups' })).toBeChecked();
  await expect(form.field('Grace days')).toHaveValue('90');
  // The person's word wins: every value can still be changed before saving.
  await form.field('Grace days').fill('30');
  await form.field('Last used on').fill('2026-12-20');
  await form.save();
  // Used Dec 20, every 180 days: due by Jun 18, lost 30 days after, on Jul 19; the payment of
  // Jun 1 (lost Jul 2) comes first.
  await expect(lostOn(page)).toHaveAttribute('datetime', '2027-07-02');
  await expect(page.locator('main')).toContainText('Pay £10.00 by Jun 1, 2027');
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

test('a line that renews from its balance: the card says when to top up, and a top-up to the balance moves it', async ({
  page,
}) => {
  await page.goto('/plans/new');
  const form = new PlanForm(page);
  await form.fill({
    name: 'Tello',
    carrier: 'Tello',
    price: '10',
    nextDue: '2027-02-09',
    graceDays: '0',
  });
  await form.field('Balance').fill('17.40');
  await form.field('Balance on').fill('2027-01-20');
  await page.getByRole('checkbox', { name: 'Renews from balance' }).check();
  await expectNoAxeViolations(page);
  await form.save();

  // $17.40 pays the $10 renewal of Feb 9 and leaves $7.40: $2.60 short of Mar 9.
  const balance = page.getByRole('region', { name: 'Balance' });
  await expect(balance).toContainText(
    '$17.40 on Jan 20, 2027 covers 1 more renewal (the last on Feb 9, 2027); top up $2.60 by Mar 8, 2027.',
  );
  await expect(lostOn(page)).toHaveAttribute('datetime', '2027-03-09');
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Plans' }).click();
  const card = page.getByRole('article', { name: 'Tello' });
  await expect(card).toContainText('Top up $2.60 by Mar 8');

  // A top-up goes to the balance by default: $5 more pays Mar 9 as well.
  await card.getByRole('button', { name: 'Log top-up' }).click();
  await expect(page.getByRole('checkbox', { name: 'Add to balance' })).toBeChecked();
  await page.getByLabel('Amount', { exact: true }).fill('5');
  await expect(page.getByText('Balance after this top-up: $22.40')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(balance).toContainText(
    'covers 2 more renewals (the last on Mar 9, 2027); top up $7.60 by Apr 8, 2027.',
  );
  await expect(lostOn(page)).toHaveAttribute('datetime', '2027-04-09');
  await expect(page.getByText('Added to the balance: $17.40 → $22.40')).toBeVisible();

  // Corrected by hand, as the carrier shows it; the reading it replaces is kept.
  await balance.getByLabel('Balance now', { exact: true }).fill('30');
  await balance.getByRole('button', { name: 'Update balance' }).click();
  await expect(balance).toContainText('$30.00 on Jan 20, 2027 covers 3 more renewals');
  const history = balance.getByRole('table', { name: 'Earlier readings' });
  await expect(history.getByRole('row')).toHaveCount(2);
  await expect(history.getByRole('row').nth(1)).toContainText('$22.40');
  await page.reload();
  await expect(balance).toContainText('$30.00 on Jan 20, 2027');
  await page.getByRole('link', { name: 'Plans' }).click();
  await expect(card).toContainText('Top up $10.00 by May 8');
});

test('a port-out kit is kept with the line, its PIN expiry worked out from the carrier, and left out of the CSV', async ({
  page,
}) => {
  await page.goto('/plans/new');
  const form = new PlanForm(page);
  await form.fill({
    name: 'Moving',
    carrier: 'giffgaff',
    price: '10',
    currency: 'GBP',
    nextDue: '2027-02-01',
  });
  await form.field('Account number').fill('ACC-778899');
  await form.field('Billing ZIP or postcode').fill('SW1A 1AA');
  await form.field('Port-out PIN issued on').fill('2027-01-19');
  await form.field('Used for').fill('Bank 2FA, WhatsApp');
  await expectNoAxeViolations(page);
  await form.save();

  const kit = page.getByRole('region', { name: 'Port-out kit' });
  await expect(kit).toContainText('ACC-778899');
  await expect(kit).toContainText('SW1A 1AA');
  // A giffgaff PAC lasts 30 days: issued Jan 19, it expires on Feb 17.
  await expect(kit.locator('dt:text-is("Port-out PIN expires on") + dd time')).toHaveAttribute(
    'datetime',
    '2027-02-17',
  );
  await expect(kit).toContainText('Bank 2FA, WhatsApp');
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Log top-up' }).click();
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('link', { name: 'Receipts' }).click();
  const download = await saveFrom(page, () =>
    page.getByRole('button', { name: 'Export CSV' }).click(),
  );
  const csv = download.path;
  const text = await readFile(csv, 'utf8');
  expect(text).toContain('Moving');
  expect(text).not.toContain('ACC-778899');
});

test('every keep-alive view passes axe in both themes and fits 320 px without sideways scrolling', async ({
  page,
}) => {
  await page.goto('/plans/new');
  const form = new PlanForm(page);
  await form.fill({ name: 'Everything', carrier: 'Tello', price: '10', nextDue: '2027-02-09' });
  await form.field('Use at least every').fill('3');
  await form.field('Activity unit').selectOption({ label: 'Months' });
  await form.field('Last used on').fill('2027-01-02');
  await form.field('Balance').fill('17.40');
  await page.getByRole('checkbox', { name: 'Renews from balance' }).check();
  await form.field('Credit expires on').fill('2027-04-20');
  await form.field('Account number').fill('ACC-1');
  await form.field('Port-out PIN expires on').fill('2027-01-25');
  await form.save();
  const lineUrl = page.url();
  await page.getByRole('button', { name: 'Log use' }).click();
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('button', { name: 'Log top-up' }).click();
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('region', { name: 'Balance' }).getByLabel('Balance now').fill('30');
  await page.getByRole('button', { name: 'Update balance' }).click();
  await expect(page.getByRole('table', { name: 'Earlier readings' })).toBeVisible();
  const topUpEdit = await page
    .getByRole('link', { name: /^Edit the top-up of/ })
    .getAttribute('href');
  const useEdit = await page.getByRole('link', { name: /^Edit the use of/ }).getAttribute('href');
  const paths = [
    new URL(lineUrl).pathname,
    `${new URL(lineUrl).pathname}/edit`,
    topUpEdit,
    useEdit,
    '/',
  ];

  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    for (const path of paths) {
      await page.goto(path ?? '/');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectNoAxeViolations(page);
    }
  }
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of paths) {
    await page.goto(path ?? '/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, path ?? '/').toBeLessThanOrEqual(0);
  }
});
