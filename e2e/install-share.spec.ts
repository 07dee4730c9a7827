// Installing, sharing a receipt into the app, updates that keep a half-filled form, and the
// offline note.
import { devices } from '@playwright/test';
import { BASE_URL } from './browser';
import { expect, expectNoAxeViolations, test, waitForActiveServiceWorker } from './fixtures';
import { NEXT_RELEASE_COOKIE } from './next-release';
import { PlanForm } from './pages/plan-form';
import { appDatabaseCreated } from './seed-at-scale';

test('the manifest offers Log top-up and Add plan shortcuts and a share target for receipts', async ({
  request,
}) => {
  const manifest = await (await request.get('/manifest.webmanifest')).json();
  expect(manifest.shortcuts.map((s: { name: string; url: string }) => [s.name, s.url])).toEqual([
    ['Log top-up', '/log'],
    ['Add plan', '/plans/new'],
  ]);
  expect(manifest.share_target).toMatchObject({
    action: '/share-target',
    method: 'POST',
    enctype: 'multipart/form-data',
    params: { title: 'title', text: 'text', url: 'url' },
  });
  expect(manifest.share_target.params.files[0].accept).toEqual(
    expect.arrayContaining(['image/jpeg', 'image/png', 'image/webp', 'application/pdf']),
  );
});

test('the manifest screenshots are real pictures of the sizes it states', async ({ request }) => {
  const manifest = await (await request.get('/manifest.webmanifest')).json();
  const shots: { src: string; sizes: string; form_factor: string }[] = manifest.screenshots;
  expect(shots.map((shot) => shot.form_factor)).toEqual(['narrow', 'wide']);
  for (const shot of shots) {
    const png = await (await request.get(`/${shot.src}`)).body();
    // A PNG's width and height are big-endian at bytes 16 and 20 of its header.
    expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`, shot.src).toBe(shot.sizes);
  }
});

test('a receipt shared from another app reaches the worker and lands on "Log this receipt"', async ({
  page,
}) => {
  await page.clock.setFixedTime(new Date('2027-01-20T10:00:00'));
  await new PlanForm(page).add({ name: 'Mint', price: '15', nextDue: '2027-01-31' });
  await new PlanForm(page).add({ name: 'Tello', price: '10', nextDue: '2027-01-25' });
  await waitForActiveServiceWorker(page);

  // What the system share sheet does: a multipart POST to the share target's action.
  await page.evaluate((action) => {
    const form = document.createElement('form');
    Object.assign(form, { method: 'post', enctype: 'multipart/form-data', action });
    const files = Object.assign(document.createElement('input'), {
      type: 'file',
      name: 'receipt',
      multiple: true,
    });
    const text = Object.assign(document.createElement('textarea'), { name: 'text' });
    form.append(files, text);
    document.body.append(form);
  }, '/share-target');
  await page
    .locator('input[name="receipt"]')
    .setInputFiles(['e2e/files/receipt.png', 'e2e/files/not-an-image.png']);
  const sms = 'Mint Mobile: payment of $25.00 received on Jan 19, 2027. Order number MM-5521.';
  await page.locator('textarea[name="text"]').fill(sms);
  const landed = page.waitForURL(/\/log\?share=/);
  await page
    .locator('form[action="/share-target"]')
    .evaluate((form: HTMLFormElement) => form.submit());
  await landed;

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Log this receipt');
  const shared = page.getByRole('region', { name: 'Shared with Topup' });
  await expect(shared.getByRole('img', { name: 'Preview of receipt.png' })).toBeVisible();
  await expect(shared.getByRole('alert')).toHaveText(
    'not-an-image.png is not a JPEG, PNG, WebP or PDF file and was not added.',
  );
  await expect(shared.getByText(sms)).toBeVisible();
  const choices = page.getByRole('region', { name: 'Which plan is it for?' }).getByRole('link');
  await expect(choices).toHaveText([/^Tello/, /^Mint/]);
  await expectNoAxeViolations(page);
  const landing = page.url();
  await choices.filter({ hasText: 'Mint' }).click();

  // The top-up form, with the shared image attached and the shared text read for the user to check.
  await expect(page).toHaveURL(/\/plans\/[^/]+\/top-up\?share=/);
  await expect(
    page.getByRole('list', { name: 'Chosen receipts' }).getByRole('img', {
      name: 'Preview of receipt.png',
    }),
  ).toBeVisible();
  await expect(page.getByLabel('Amount')).toHaveValue('25.00');
  await expect(page.getByLabel('Paid on')).toHaveValue('2027-01-19');
  await expect(page.getByLabel('Confirmation number')).toHaveValue('MM-5521');
  await expect(page.getByLabel('Amount')).toHaveAccessibleDescription(/Check this/);
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('heading', { name: 'Top-ups' }).waitFor();
  await expect(page.getByText('No. MM-5521')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Show receipt.png full size' })).toBeVisible();

  // Logged: the shared receipt has left the inbox.
  await page.goto(landing);
  await expect(page.getByRole('status').filter({ hasText: 'logged already' })).toBeVisible();
});

test('the Log top-up shortcut asks for the plan, the most urgent first', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2027-01-20T10:00:00'));
  await new PlanForm(page).add({ name: 'Later', price: '15', nextDue: '2027-03-01' });
  await new PlanForm(page).add({ name: 'Soon', price: '10', nextDue: '2027-01-22' });
  await page.goto('/log');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Log a top-up');
  await page.getByRole('link', { name: /^Soon/ }).click();
  await expect(page.getByLabel('Amount')).toHaveValue('10.00');
});

test('accepting an update keeps a half-filled plan form across the reload', async ({
  page,
  context,
}) => {
  await page.goto('/plans/new');
  await waitForActiveServiceWorker(page);
  await page.reload(); // a later visit: the page starts under the installed worker
  await page.getByLabel('Name', { exact: true }).fill('Half-filled');
  await page.getByLabel('Price').fill('12.34');

  // A new release: the worker's script has other bytes from now on, and the app's check finds it.
  await context.addCookies([{ name: NEXT_RELEASE_COOKIE, value: '1', url: BASE_URL }]);
  await page.evaluate(async () => {
    await (await navigator.serviceWorker.getRegistration())?.update();
  });
  const banner = page.getByRole('status').filter({ hasText: 'A new version is ready' });
  await expect(banner).toBeVisible();
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Half-filled');

  const reloaded = page.waitForEvent('load');
  await banner.getByRole('button', { name: 'Reload' }).click();
  await reloaded;
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Half-filled');
  await expect(page.getByLabel('Price')).toHaveValue('12.34');
  await expect(banner).toBeHidden();

  // Leaving the form lets the draft go.
  await page.getByRole('link', { name: 'Plans' }).click();
  await page.goto('/plans/new');
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('');
});

test('going offline shows a quiet note, and the app keeps working', async ({ page, context }) => {
  await page.goto('/');
  await waitForActiveServiceWorker(page);
  await expect(page.getByText('Offline', { exact: true })).toBeHidden();
  await context.setOffline(true);
  await expect(page.getByText('Offline', { exact: true })).toBeVisible();
  // Within the page, as a person goes: a page loaded while Firefox's driver emulates no network
  // never hears that the network is back.
  await page.getByRole('link', { name: 'Add plan' }).first().click();
  const form = new PlanForm(page);
  await form.fill({ name: 'Offline plan', price: '5', nextDue: '2027-01-31' });
  await form.save();
  await expect(page.getByRole('heading', { level: 1, name: 'Offline plan' })).toBeVisible();
  await context.setOffline(false);
  await expect(page.getByText('Offline', { exact: true })).toBeHidden();
});

test('after an update, what is new is said once', async ({ page }) => {
  await page.goto('/settings');
  await expect(page.getByRole('region', { name: 'What’s new' })).toBeHidden();
  await appDatabaseCreated(page);
  const seenVersion = (value?: string) =>
    page.evaluate(
      (value) =>
        new Promise<unknown>((resolve, reject) => {
          const open = indexedDB.open('topup');
          open.onsuccess = () => {
            const tx = open.result.transaction('settings', 'readwrite');
            const settings = tx.objectStore('settings');
            if (value) settings.put({ key: 'seenVersion', value, createdAt: 1, updatedAt: 1 });
            const read = settings.get('seenVersion');
            tx.oncomplete = () => {
              open.result.close();
              resolve((read.result as { value?: unknown } | undefined)?.value);
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
      value,
    );
  // The first start notes its version when the page is idle; then, as a previous version would
  // have left it.
  await expect.poll(() => seenVersion()).toMatch(/^\d+\.\d+\.\d+$/);
  await seenVersion('0.1.0');
  await page.reload();
  const note = page.getByRole('region', { name: 'What’s new' });
  await expect(note).toContainText('reminds you with notifications');
  await note.getByRole('button', { name: 'Got it' }).click();
  await expect(note).toBeHidden();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings');
  await expect(note).toBeHidden();
});

test.describe('on an iPhone', () => {
  test.use({ userAgent: devices['iPhone 13'].userAgent });

  test('Settings shows the steps to add Topup to the Home Screen', async ({ page }) => {
    await page.goto('/settings');
    const install = page.getByRole('region', { name: 'Install' });
    await expect(install.getByText('Topup runs in the browser.', { exact: false })).toBeVisible();
    await expect(
      install.getByRole('list', { name: 'Add Topup to the Home Screen' }).getByRole('listitem'),
    ).toHaveText([/tap Share/, /Add to Home Screen/, /Open Topup from its icon/]);
    await expect(install.getByRole('button', { name: 'Install app' })).toBeHidden();
    await expectNoAxeViolations(page);
  });
});

test('Settings says Topup runs in the browser, with no install button until the browser offers one', async ({
  page,
}) => {
  await page.goto(`${BASE_URL}/settings`);
  const install = page.getByRole('region', { name: 'Install' });
  await expect(install).toContainText('Topup runs in the browser.');
  await expect(page.getByRole('button', { name: 'Install app' })).toHaveCount(0);
});
