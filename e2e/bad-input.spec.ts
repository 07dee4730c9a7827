// Bad input where people type or load it: each problem is named beside its field or file, the
// rest of the form is kept, and nothing is saved until all of it is right.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { LinePage } from './pages/line-page';
import { PlanForm } from './pages/plan-form';

/** Writes the files into the test's own folder: Chromium is handed their paths, so a 20 MB file
 * is not sent base64 through the protocol (that alone took 10–20 s on a slow machine). */
function writeFiles(folder: string, files: Record<string, string | Buffer>): string[] {
  mkdirSync(folder, { recursive: true });
  return Object.entries(files).map(([name, content]) => {
    const path = join(folder, name);
    writeFileSync(path, content);
    return path;
  });
}

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date('2027-01-20T10:00:00'));
});

test('receipt files are judged by their bytes: only JPEG, PNG, WebP and PDF up to 20 MB get in', async ({
  page,
}, testInfo) => {
  await new PlanForm(page).add({ name: 'Files', price: '10', nextDue: '2027-01-31' });
  await page.getByRole('button', { name: 'Log top-up' }).click();
  await page.getByLabel('Confirmation number').fill('KEEP-ME');
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
  await page.getByLabel('Attachment').setInputFiles(
    writeFiles(testInfo.outputPath('files'), {
      'drawing.svg': '<svg xmlns="http://www.w3.org/2000/svg"></svg>',
      'page.html': '<!doctype html><script>alert(1)</script>',
      'receipt.png': Buffer.from('\x7fELF\x02\x01\x01\x00 an executable'),
      'anim.gif': 'GIF89a\x01\x00\x01\x00',
      'huge.png': Buffer.concat([png, Buffer.alloc(20 * 1024 * 1024)]),
      'scan.pdf': '%PDF-1.7\n%%EOF\n',
    }),
  );
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('drawing.svg is not a JPEG, PNG, WebP or PDF file');
  await expect(alert).toContainText('page.html is not a JPEG, PNG, WebP or PDF file');
  await expect(alert).toContainText('receipt.png is not a JPEG, PNG, WebP or PDF file');
  await expect(alert).toContainText('anim.gif is not a JPEG, PNG, WebP or PDF file');
  await expect(alert).toContainText('huge.png is larger than 20 MB');
  const chosen = page.getByRole('list', { name: 'Chosen receipts' }).getByRole('listitem');
  await expect(chosen).toHaveCount(1);
  await expect(chosen).toContainText('scan.pdf');
  await expect(page.getByLabel('Confirmation number')).toHaveValue('KEEP-ME');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('heading', { name: 'Top-ups' }).waitFor();
  await expect(page.getByText('No. KEEP-ME')).toBeVisible();
});

test('the plan form refuses what it cannot use, says why beside each field, and saves nothing', async ({
  page,
}) => {
  const form = new PlanForm(page);
  await page.goto('/plans/new');
  await form.fill({ name: 'x'.repeat(81), price: 'fifteen', nextDue: '1999-12-31' });
  await form.field('Grace days').fill('-3');
  await form.field('Remind me').fill('3, 1, banana');
  await form.save();

  const problems: [string, string][] = [
    ['Name', 'Use at most 80 characters.'],
    ['Price', 'Enter an amount such as 15 or 15.50.'],
    ['Next due date', 'Enter a date between 2000 and 2100.'],
    ['Grace days', 'Enter a whole number from 0 to'],
    ['Remind me', 'Enter up to'],
  ];
  for (const [label, message] of problems) {
    const field = form.field(label);
    await expect(field, label).toHaveAttribute('aria-invalid', 'true');
    await expect(field, label).toHaveAccessibleDescription(
      new RegExp(message.replace(/\./g, '\\.')),
    );
  }
  await expect(form.field('Name')).toBeFocused();

  await form.fill({ name: 'Fixed', price: '1,234.50', nextDue: '2101-01-01' });
  await form.field('Grace days').fill('3');
  await form.field('Remind me').fill('3, 1, 0');
  await form.save();
  await expect(form.field('Next due date')).toHaveAccessibleDescription(/between 2000 and 2100/);
  await expect(form.field('Price')).not.toHaveAttribute('aria-invalid', 'true');

  await form.field('Next due date').fill('2027-01-31');
  await form.save();
  await page.getByRole('heading', { level: 1, name: 'Fixed' }).waitFor();
  await expect(page.getByText('$1,234.50').first()).toBeVisible();
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(['Fixed']);
});

test('money as people type it, in English and Chinese forms, and a refusal of the rest', async ({
  page,
}) => {
  await new PlanForm(page).add({ name: 'Money', price: '10', nextDue: '2027-01-31' });
  const line = new LinePage(page);
  for (const [typed, shown] of [
    ['US$15', '$15.00'],
    ['１５．５０', '$15.50'],
    ['15元', '$15.00'],
  ] as const) {
    await line.logTopUp({ amount: typed });
    await expect(page.getByRole('listitem').filter({ hasText: shown }).first()).toBeVisible();
  }
  await page.getByRole('button', { name: 'Log top-up' }).click();
  for (const bad of ['-5', '15.123', 'abc']) {
    await page.getByLabel('Amount').fill(bad);
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByLabel('Amount'), bad).toHaveAttribute('aria-invalid', 'true');
  }
});
