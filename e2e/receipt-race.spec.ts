// Save never leaves a chosen receipt behind: a camera photo takes seconds to check and shrink on a
// phone, and people press Save as soon as they have chosen it.
import { readFile, writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { LinePage } from './pages/line-page';
import { PlanForm } from './pages/plan-form';

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date('2027-01-20T10:00:00'));
});

/**
 * A photo as a phone camera takes it: 4032 × 3024 pixels, a JPEG of several megabytes (fine
 * detail, which JPEG cannot compress away), written to `path` so that it is sent by path.
 */
async function writeCameraPhoto(page: Page, path: string): Promise<number> {
  const base64 = await page.evaluate(async () => {
    const canvas = new OffscreenCanvas(4032, 3024);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2d context');
    const pixels = context.createImageData(canvas.width, canvas.height);
    let seed = 7;
    for (let index = 0; index < pixels.data.length; index += 4) {
      seed = (seed * 1103515245 + 12345) >>> 0;
      pixels.data[index] = seed & 0xff;
      pixels.data[index + 1] = (seed >>> 8) & 0xff;
      pixels.data[index + 2] = (seed >>> 16) & 0xff;
      pixels.data[index + 3] = 255;
    }
    context.putImageData(pixels, 0, 0);
    const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.75 });
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let binary = '';
    for (let start = 0; start < bytes.length; start += 0x8000) {
      binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
    }
    return btoa(binary);
  });
  const bytes = Buffer.from(base64, 'base64');
  await writeFile(path, bytes);
  return bytes.length;
}

/**
 * Keeps, from now on, every state the form passes through: what its statuses say and whether Save
 * can be pressed. On a fast machine Save's wait can begin and end between two polls of an
 * assertion, so the test reads what the page showed rather than what it shows when asked.
 */
async function recordFormStates(page: Page): Promise<() => Promise<FormState[]>> {
  await page.evaluate(() => {
    const states: FormState[] = [];
    Object.assign(window, { formStates: states });
    new MutationObserver(() => {
      const form = document.querySelector('form');
      if (!form) return;
      const statuses = [...form.querySelectorAll('[role="status"]')];
      states.push({
        status: statuses.map((status) => status.textContent ?? '').join(' '),
        saveDisabled:
          form.querySelector('button[type="submit"]')?.hasAttribute('disabled') ?? false,
      });
    }).observe(document.body, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    });
  });
  return () => page.evaluate(() => (window as unknown as { formStates: FormState[] }).formStates);
}

interface FormState {
  status: string;
  saveDisabled: boolean;
}

test('a camera-sized photo chosen and saved at once is kept with its top-up, on a CPU slowed four times (Chromium only: CDP)', async ({
  page,
  browserName,
}, testInfo) => {
  test.skip(browserName !== 'chromium', 'CPU throttling is a Chromium DevTools Protocol command');
  await new PlanForm(page).add({ name: 'Camera line', price: '15', nextDue: '2027-01-31' });
  const photo = testInfo.outputPath('camera.jpg');
  const size = await writeCameraPhoto(page, photo);
  expect(size).toBeGreaterThan(6 * 1024 * 1024);

  const devtools = await page.context().newCDPSession(page);
  await devtools.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.getByRole('button', { name: 'Log top-up' }).first().click();
  const formStates = await recordFormStates(page);
  await page.getByLabel('Attachment').setInputFiles(photo);
  // The browser hands the page a chosen file once it has read the file's details, which under
  // load can come after the driver returns; a person presses Save once the form shows the file.
  await expect(page.getByText('Preparing camera.jpg…')).toBeVisible();
  await page.getByRole('button', { name: 'Save' }).click();
  // Save says what it waits for, and cannot be pressed twice meanwhile.
  await expect.poll(formStates).toContainEqual({
    status: expect.stringContaining('Saving once 1 receipt is ready…'),
    saveDisabled: true,
  });

  await page.getByRole('heading', { name: 'Top-ups' }).waitFor({ timeout: 30_000 });
  await devtools.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await page.reload();
  const receipts = page.getByRole('list', { name: 'Receipts' });
  await expect(receipts.getByRole('button', { name: 'Show camera.jpg full size' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('two files chosen one after the other are both kept', async ({ page }) => {
  await new PlanForm(page).add({ name: 'Two picks', price: '15', nextDue: '2027-01-31' });
  const line = new LinePage(page);
  await page.getByRole('button', { name: 'Log top-up' }).first().click();
  const picker = page.getByLabel('Attachment');
  await picker.setInputFiles('e2e/files/receipt.png');
  await picker.setInputFiles({
    name: 'second.png',
    mimeType: 'image/png',
    buffer: await readFile('e2e/files/receipt.png'),
  });
  await expect(
    page.getByRole('list', { name: 'Chosen receipts' }).getByRole('listitem'),
  ).toHaveCount(2);
  await page.getByRole('button', { name: 'Save' }).click();
  await line.expectNextDue('2027-02-28');
  const receipts = page.getByRole('list', { name: 'Receipts' });
  await expect(receipts.getByRole('button', { name: /full size$/ })).toHaveCount(2);
});
