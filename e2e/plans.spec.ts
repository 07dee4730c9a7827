import { expect, expectNoAxeViolations, test } from './fixtures';
import { LinePage } from './pages/line-page';
import { PlanForm } from './pages/plan-form';
import { seedAtScale } from './seed-at-scale';

const RECEIPT = 'e2e/files/receipt.png';

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date('2027-01-20T10:00:00'));
});

test.describe('plans and top-ups', () => {
  test('the empty Plans view explains Topup and offers Add plan', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'No plans yet' })).toBeVisible();
    await page.getByRole('link', { name: 'Add plan' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Add plan');
    await expectNoAxeViolations(page);
  });

  test('a month-end plan goes Jan 31 → Feb 28 → Mar 31; deleting the latest top-up restores Feb 28, Undo brings Mar 31 back', async ({
    page,
  }) => {
    const form = new PlanForm(page);
    await form.page.goto('/plans/new');
    await form.fill({
      name: 'US number',
      carrier: 'Mint Mobile',
      price: '15',
      nextDue: '2027-01-31',
    });
    const preview = page.locator('.preview time');
    await expect(preview).toHaveCount(3);
    await expect(preview.nth(1)).toHaveAttribute('datetime', '2027-02-28');
    await expect(preview.nth(2)).toHaveAttribute('datetime', '2027-03-31');
    await form.save();

    const line = new LinePage(page);
    await line.expectNextDue('2027-01-31');
    await line.logTopUp({ paidOn: '2027-01-20', confirmation: 'MINT-1' });
    await line.expectNextDue('2027-02-28');
    await line.logTopUp({ paidOn: '2027-01-20' });
    await line.expectNextDue('2027-03-31');
    await expect(page.getByRole('button', { name: /^Delete the top-up of/ })).toHaveCount(2);

    await line.deleteTopUp(0);
    await line.expectNextDue('2027-02-28');
    await page.getByRole('button', { name: 'Undo' }).click();
    await line.expectNextDue('2027-03-31');
  });

  test('a 30-day plan moves 30 days per top-up, and a late prepaid top-up restarts from the payment day', async ({
    page,
  }) => {
    await new PlanForm(page).add({
      name: 'Tello',
      price: '10',
      renewal: 'Fixed days',
      every: '30',
      nextDue: '2027-01-25',
    });
    const line = new LinePage(page);
    await line.logTopUp({ paidOn: '2027-01-20' });
    await line.expectNextDue('2027-02-24');
    await line.logTopUp({ paidOn: '2027-03-01' });
    await line.expectNextDue('2027-03-31');
  });

  test('a 90-day validity plan counts from the payment date', async ({ page }) => {
    await new PlanForm(page).add({
      name: 'Keep-alive SIM',
      price: '5',
      renewal: 'Validity after top-up',
      every: '90',
      nextDue: '2027-02-10',
    });
    const line = new LinePage(page);
    await line.logTopUp({ paidOn: '2027-01-20' });
    await line.expectNextDue('2027-04-20');
  });

  test('a receipt photo is kept with its top-up and is there after a reload', async ({ page }) => {
    await new PlanForm(page).add({ name: 'Photo line', price: '15', nextDue: '2027-01-31' });
    const line = new LinePage(page);
    await line.logTopUp({ files: [RECEIPT] });
    await page.reload();
    const receipts = page.getByRole('list', { name: 'Receipts' });
    await expect(
      receipts.getByRole('button', { name: 'Show receipt.png full size' }),
    ).toBeVisible();
    await receipts.getByRole('button', { name: 'Show receipt.png full size' }).click();
    const viewer = page.getByRole('dialog', { name: 'receipt.png' });
    await expect(viewer.getByRole('img', { name: 'receipt.png' })).toHaveAttribute('src', /^blob:/);
    await expectNoAxeViolations(page);
  });

  test('a file that is not an image or PDF is refused by its bytes, and the form keeps what was typed', async ({
    page,
  }) => {
    await new PlanForm(page).add({ name: 'Strict line', price: '15', nextDue: '2027-01-31' });
    await page.getByRole('button', { name: 'Log top-up' }).click();
    await page.getByLabel('Confirmation number').fill('KEEP-ME');
    await page.getByLabel('Attachment').setInputFiles('e2e/files/not-an-image.png');
    await expect(page.getByRole('alert')).toContainText(
      'not-an-image.png is not a JPEG, PNG, WebP or PDF file',
    );
    await expect(page.getByLabel('Confirmation number')).toHaveValue('KEEP-ME');
  });

  test('invalid input is refused beside its field and nothing is saved', async ({ page }) => {
    await page.goto('/plans/new');
    const form = new PlanForm(page);
    await form.field('Price').fill('fifteen');
    await form.field('Next due date').fill('');
    await form.save();
    for (const [label, message] of [
      ['Name', 'Enter a value.'],
      ['Price', 'Enter an amount such as 15 or 15.50.'],
      ['Next due date', 'Enter a value.'],
    ] as const) {
      const field = form.field(label);
      await expect(field).toHaveAttribute('aria-invalid', 'true');
      await expect(field).toHaveAccessibleDescription(new RegExp(message.replace('.', '\\.')));
    }
    await expect(form.field('Name')).toBeFocused();
    await expect(page.getByRole('alert')).toContainText('nothing was saved');
    await expectNoAxeViolations(page);
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'No plans yet' })).toBeVisible();
  });

  test('Plans lists overdue lines first with their state, and archived lines behind a toggle', async ({
    page,
  }) => {
    const form = new PlanForm(page);
    await form.add({ name: 'Later', price: '15', nextDue: '2027-02-15' });
    await form.add({ name: 'Late', price: '15', nextDue: '2027-01-15', graceDays: '10' });
    await form.add({ name: 'Lost', price: '15', nextDue: '2027-01-01', graceDays: '5' });
    await page.getByRole('link', { name: 'Plans' }).click();
    const cards = page
      .getByRole('list', { name: 'Your plans, most urgent first' })
      .getByRole('article');
    await expect(cards.getByRole('heading')).toHaveText(['Lost', 'Late', 'Later']);
    await expect(cards.nth(0)).toContainText('At risk · overdue by 19 days');
    await expect(cards.nth(1)).toContainText('Overdue by 5 days');
    await expect(cards.nth(2)).toContainText('Due in 26 days');
    // "Pay … by" the due date; the number is lost the day after it with no grace days.
    await expect(cards.nth(2).getByText(/^Pay/).locator('time')).toHaveAttribute(
      'datetime',
      '2027-02-15',
    );
    const dates = cards.nth(2).getByRole('definition').locator('time');
    await expect(dates.nth(0)).toHaveAttribute('datetime', '2027-02-15');
    await expect(dates.nth(1)).toHaveAttribute('datetime', '2027-02-16');
    await expectNoAxeViolations(page);

    await cards.getByRole('link', { name: 'Lost' }).click();
    await page.getByRole('button', { name: 'Archive' }).click();
    await expect(page.getByRole('button', { name: 'Unarchive' })).toBeVisible();
    await page.getByRole('link', { name: 'Plans' }).click();
    await expect(cards.getByRole('heading')).toHaveText(['Late', 'Later']);
    const toggle = page.getByRole('button', { name: 'Archived plans (1)' });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await toggle.click();
    await expect(
      page.getByRole('list', { name: 'Archived plans' }).getByRole('heading'),
    ).toHaveText(['Lost']);
  });

  test('deleting a plan asks first, removes it, and Undo restores it with its top-ups', async ({
    page,
  }) => {
    await new PlanForm(page).add({ name: 'Spare', price: '15', nextDue: '2027-01-31' });
    const line = new LinePage(page);
    await line.logTopUp();
    await page.getByRole('button', { name: 'Delete', exact: true }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Delete Spare?' });
    await expect(dialog).toContainText('1 top-up');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Spare');
    await page.getByRole('button', { name: 'Delete', exact: true }).first().click();
    await dialog.getByRole('button', { name: 'Delete' }).click();
    await expect(page.getByRole('heading', { name: 'No plans yet' })).toBeVisible();
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByRole('link', { name: 'Spare' }).click();
    await line.expectNextDue('2027-02-28');
  });
});

test('a long list renders every plan, in order of name', async ({ page }) => {
  await page.goto('/');
  await seedAtScale(page, { lines: 40, topUps: 0, attachments: 0, attachmentBytes: 0 });
  await page.reload();
  const list = page.getByRole('list', { name: 'Your plans, most urgent first' });
  await expect(list.getByRole('listitem')).toHaveCount(40);
  // All due the same day: by name, numbers in order.
  const names = await list.getByRole('heading', { level: 2 }).allTextContents();
  expect(names.slice(0, 3)).toEqual(['Line 0', 'Line 1', 'Line 2']);
  expect(names.at(-1)).toBe('Line 39');
});
