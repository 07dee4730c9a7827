// Due-date alerts: raised once per stage from the page, from the worker's background check, as a
// banner without permission, and as a calendar file.
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import type { CDPSession } from '@playwright/test';
import { BASE_URL } from './browser';
import {
  expect,
  expectNoAxeViolations,
  test,
  waitForActiveServiceWorker,
  saveFrom,
} from './fixtures';
import { LinePage } from './pages/line-page';
import { dismissNotifications, shownNotifications } from './notifications';
import { PlanForm } from './pages/plan-form';

/** Today and tomorrow on the real clock, as the worker (which page.clock cannot reach) sees them. */
function realDate(daysFromToday: number): string {
  const date = new Date();
  date.setDate(date.getDate() + daysFromToday);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

async function registrationIdOf(cdp: CDPSession): Promise<string> {
  const found = new Promise<string>((resolve) => {
    cdp.on('ServiceWorker.workerRegistrationUpdated', ({ registrations }) => {
      const live = registrations.find((r) => r.scopeURL === `${BASE_URL}/` && !r.isDeleted);
      if (live) resolve(live.registrationId);
    });
  });
  await cdp.send('ServiceWorker.enable');
  return found;
}

test.describe('with notifications allowed', () => {
  test.beforeEach(async ({ context }) => {
    await context.grantPermissions(['notifications'], { origin: BASE_URL });
  });

  test('a line due in 2 days raises one notification, reloads raise nothing more, and the next stage raises one again', async ({
    page,
  }) => {
    await page.clock.setFixedTime(new Date('2027-01-20T10:00:00'));
    const form = new PlanForm(page);
    await form.add({ name: 'Mint', carrier: 'Mint Mobile', price: '15', nextDue: '2027-01-22' });
    await waitForActiveServiceWorker(page);
    await expect
      .poll(() => shownNotifications(page))
      .toEqual([{ title: 'Mint is due in 2 days', body: '$15.00 · Mint Mobile' }]);

    await dismissNotifications(page);
    await page.reload();
    // A second plan proves that the reloaded page has checked: only its alert appears.
    await form.add({ name: 'Tello', price: '10', nextDue: '2027-01-22' });
    await expect
      .poll(() => shownNotifications(page))
      .toEqual([{ title: 'Tello is due in 2 days', body: '$10.00' }]);
    await dismissNotifications(page);
    await page.reload();
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'Tello' })).toBeVisible();
    expect(await shownNotifications(page)).toEqual([]);

    // The day before at 09:30: the 1-day reminder has come for both.
    await page.clock.setFixedTime(new Date('2027-01-21T09:30:00'));
    await page.reload();
    await expect
      .poll(() => shownNotifications(page))
      .toEqual([
        { title: 'Mint is due tomorrow', body: '$15.00 · Mint Mobile' },
        { title: 'Tello is due tomorrow', body: '$10.00' },
      ]);
    await expect(page.getByRole('heading', { name: 'Due soon' })).toBeHidden();
  });

  test('Settings sends a test alert and says reminders are on', async ({ page }) => {
    await page.goto('/settings');
    await waitForActiveServiceWorker(page);
    const reminders = page.getByRole('region', { name: 'Reminders' });
    await expect(reminders.getByText('Reminders are on for this device.')).toBeVisible();
    await expect(reminders.getByRole('button', { name: 'Enable reminders' })).toBeHidden();
    await reminders.getByRole('button', { name: 'Send a test alert' }).click();
    await expect(reminders.getByRole('status')).toHaveText('Test alert sent.');
    await expect
      .poll(() => shownNotifications(page))
      .toEqual([
        {
          title: 'Topup test alert',
          body: 'Alerts reach this device. Topup will remind you before each due date.',
        },
      ]);
    const panel = page.getByRole('region', { name: 'Will my alerts arrive?' });
    await expect(panel.getByRole('definition').first()).toHaveText('Allowed');
    await expectNoAxeViolations(page);
  });
});

test('a background check fired at the worker raises the alert of a line due tomorrow (Chromium only: CDP, Periodic Background Sync)', async ({
  page,
  context,
  browserName,
}) => {
  test.skip(
    browserName !== 'chromium',
    'Periodic Background Sync is Chromium’s, and firing it takes a Chrome DevTools Protocol command',
  );
  // The page keeps the real clock too: the worker cannot be given another.
  const tomorrow = realDate(1);
  await new PlanForm(page).add({ name: 'Ultra', price: '19', nextDue: tomorrow });
  await waitForActiveServiceWorker(page);
  const cdp = await context.newCDPSession(page);
  const registrationId = await registrationIdOf(cdp);

  // Away from the app (a plain file of the same origin), so that only the worker can raise it.
  await page.goto('/robots.txt');
  await context.grantPermissions(['notifications'], { origin: BASE_URL });
  // As on a phone, the check wakes a worker that is not running.
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.send('ServiceWorker.dispatchPeriodicSyncEvent', {
    origin: BASE_URL,
    registrationId,
    tag: 'due-check',
  });
  await expect
    .poll(() => shownNotifications(page))
    .toEqual([{ title: 'Ultra is due tomorrow', body: '$19.00' }]);

  await page.goto('/settings');
  const panel = page.getByRole('region', { name: 'Will my alerts arrive?' });
  await expect(panel.getByText('Last background check')).toBeVisible();
  await expect(panel.getByText('Never', { exact: true })).toBeHidden();
  await expect(panel.getByRole('definition').nth(3)).toContainText(
    String(new Date().getFullYear()),
  );
  // The page's own check on start finds the alert already raised.
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Ultra' })).toBeVisible();
  expect(await shownNotifications(page)).toHaveLength(1);
});

test('without permission the alerts owed now show on Plans, with a way to turn reminders on', async ({
  page,
}) => {
  await page.clock.setFixedTime(new Date('2027-01-20T10:00:00'));
  await new PlanForm(page).add({
    name: 'Mint',
    price: '15',
    nextDue: '2027-01-19',
    graceDays: '5',
  });
  await new PlanForm(page).add({ name: 'Later', price: '15', nextDue: '2027-03-01' });
  await page.goto('/');
  const banner = page.getByRole('complementary', { name: 'Due soon' });
  await expect(banner).toContainText('Needs you now: 1 plan.');
  // What to pay and by when is on the card, so the banner does not say it again.
  await expect(banner).not.toContainText('Mint');
  await expect(page.getByRole('article', { name: 'Mint' })).toContainText('Pay $15.00 by Jan 19');
  await expectNoAxeViolations(page);
  await banner.getByRole('link', { name: 'Reminder settings' }).click();
  await expect(page.getByRole('button', { name: 'Enable reminders' })).toBeVisible();
});

test('Export calendar saves every due date of the next 12 months with an alarm per lead day', async ({
  page,
}) => {
  await page.clock.setFixedTime(new Date('2027-01-20T10:00:00'));
  await new PlanForm(page).add({ name: 'Mint, home', price: '15', nextDue: '2027-01-31' });
  await page.goto('/settings');
  await page.getByLabel('Reminder time').fill('08:15');
  const download = await saveFrom(page, () =>
    page.getByRole('button', { name: 'Export calendar' }).click(),
  );
  expect(download.name).toBe('topup-due-dates.ics');
  const calendar = new ICAL.Component(ICAL.parse(readFileSync(download.path, 'utf8')));
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
  const dates = events.map((event) => event.startDate.toString());
  expect(dates).toHaveLength(12);
  // Month-end stays on the anchor day: no drift to the 28th after February.
  expect(dates.slice(0, 3)).toEqual(['2027-01-31', '2027-02-28', '2027-03-31']);
  expect(dates.at(-1)).toBe('2027-12-31');
  expect(events[0]?.summary).toBe('Top up Mint, home');
  const alarms = calendar.getFirstSubcomponent('vevent')?.getAllSubcomponents('valarm') ?? [];
  expect(alarms.map((alarm) => String(alarm.getFirstPropertyValue('trigger')))).toEqual([
    '-P2DT15H45M',
    '-PT15H45M',
    'PT8H15M',
  ]);
  expect(alarms.map((alarm) => alarm.getFirstPropertyValue('description'))).toEqual([
    'Mint, home is due in 3 days',
    'Mint, home is due tomorrow',
    'Mint, home is due today',
  ]);

  await page.goto('/');
  await page.getByRole('link', { name: 'Mint, home' }).click();
  const lineDownload = await saveFrom(page, () =>
    page.getByRole('button', { name: 'Export calendar' }).click(),
  );
  expect(lineDownload.name).toBe('topup-Mint,-home.ics');
});

test('Export calendar holds a yearly plan’s new due date, 12 months ahead, once it is paid', async ({
  page,
}) => {
  await page.clock.setFixedTime(new Date('2027-01-20T10:00:00'));
  await new PlanForm(page).add({
    name: 'Yearly',
    price: '120',
    renewal: 'Calendar months',
    every: '12',
    nextDue: '2027-01-20',
  });
  const line = new LinePage(page);
  await line.logTopUp({ paidOn: '2027-01-20' });
  await line.expectNextDue('2028-01-20');
  await page.goto('/settings');
  const download = await saveFrom(page, () =>
    page.getByRole('button', { name: 'Export calendar' }).click(),
  );
  const calendar = new ICAL.Component(ICAL.parse(readFileSync(download.path, 'utf8')));
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
  expect(events.map((event) => event.startDate.toString())).toEqual(['2028-01-20']);
  expect(events[0]?.startDate.isDate).toBe(true);
});

test('Export calendar is disabled and says why while no plan is active', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2027-01-20T10:00:00'));
  const why = 'No active plan yet: add a plan, or unarchive one, to export its due dates.';
  await page.goto('/settings');
  const exportButton = page.getByRole('button', { name: 'Export calendar' });
  await expect(exportButton).toBeDisabled();
  await expect(exportButton).toHaveAccessibleDescription(why);

  await new PlanForm(page).add({ name: 'Mint', price: '15', nextDue: '2027-01-31' });
  await page.getByRole('button', { name: 'Archive' }).click();
  await expect(page.getByRole('button', { name: 'Unarchive' })).toBeVisible();
  // An archived plan's page offers no calendar of its own.
  await expect(page.getByRole('button', { name: 'Export calendar' })).toHaveCount(0);
  await page.goto('/settings');
  await expect(exportButton).toBeDisabled();
  await expect(exportButton).toHaveAccessibleDescription(why);
  await expectNoAxeViolations(page);
});
