// The everyday views with ten years of data (AT_SCALE) against the same views on a near-empty
// database, in the same browser and taking turns, so that each figure is a ratio within one run.
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test, waitForActiveServiceWorker } from './fixtures';
import {
  APP_READY_MARK,
  AT_SCALE,
  type Probe,
  type ScaleSpec,
  appDatabaseCreated,
  armProbe,
  markTime,
  probeResult,
  seedAtScale,
  writeRaw,
} from './seed-at-scale';

const REPETITIONS = 7;
const ONE_LINE: ScaleSpec = { lines: 1, topUps: 0, attachments: 0, attachmentBytes: 0 };
const HUNDRED_TOP_UPS: ScaleSpec = { lines: 5, topUps: 100, attachments: 0, attachmentBytes: 0 };

/** Opens the app once (its worker installs, its database is created), then seeds it if asked. */
async function prepare(context: BrowserContext, spec?: ScaleSpec): Promise<void> {
  const page = await context.newPage();
  await page.goto('/');
  await waitForActiveServiceWorker(page);
  await markTime(page, APP_READY_MARK);
  await appDatabaseCreated(page);
  if (spec) await seedAtScale(page, spec);
  await page.close();
}

/** Runs `measure` on each context in turn, REPETITIONS times, alternating which goes first. */
async function alternate<K extends string>(
  contexts: Record<K, BrowserContext>,
  measure: (context: BrowserContext, name: K) => Promise<void>,
): Promise<void> {
  const names = Object.keys(contexts) as K[];
  for (let i = 0; i < REPETITIONS; i++) {
    for (const name of i % 2 === 0 ? names : [...names].reverse()) {
      await measure(contexts[name], name);
    }
  }
}

async function timed(page: Page, probe: Probe, act: () => Promise<void>): Promise<number> {
  await armProbe(page, probe);
  await act();
  return probeResult(page);
}

test('the views at scale', async ({ browser }) => {
  const empty = await browser.newContext();
  const scale = await browser.newContext();
  const hundred = await browser.newContext();
  await prepare(empty);
  const seedStart = Date.now();
  await prepare(scale, AT_SCALE);
  const seedSeconds = (Date.now() - seedStart) / 1000;
  await prepare(hundred, HUNDRED_TOP_UPS);

  // Plans from navigation to its lines on screen, then Receipts from the click on its tab to
  // its first rows (or, on the empty database, its empty state).
  const plansReady = { empty: [] as number[], scale: [] as number[] };
  const receiptsRender = { empty: [] as number[], scale: [] as number[] };
  await alternate({ empty, scale }, async (context, name) => {
    const page = await context.newPage();
    await page.goto('/');
    plansReady[name].push(await markTime(page, APP_READY_MARK));
    const shown: Probe =
      name === 'empty'
        ? { trigger: 'click', selector: 'main h2', text: 'No receipts yet' }
        : { trigger: 'click', selector: 'main ul[aria-label="Receipts, newest first"] li' };
    const nav = page.getByRole('navigation', { name: 'Main' });
    receiptsRender[name].push(
      await timed(page, shown, () => nav.getByRole('link', { name: 'Receipts' }).click()),
    );
    await page.close();
  });

  // Logging a top-up: from Save pressed to the line's page showing its new due date. The
  // smallest database a top-up can be logged into holds the one line.
  await prepare(empty, ONE_LINE);
  const logTopUp = { oneLine: [] as number[], scale: [] as number[] };
  await alternate({ oneLine: empty, scale }, async (context, name) => {
    const page = await context.newPage();
    await page.goto('/plans/line-0/top-up');
    const preview = page.getByText('After this top-up the plan will be due on').locator('time');
    const newDue = await preview.getAttribute('datetime');
    const dueShown: Probe = {
      trigger: 'click',
      selector: `main time[datetime="${newDue}"]`,
      absent: 'main form',
    };
    logTopUp[name].push(
      await timed(page, dueShown, () => page.getByRole('button', { name: 'Save' }).click()),
    );
    await page.close();
  });

  // A search keystroke on Receipts: from the key press to the results and their count shown.
  const searchKeystroke = { hundred: [] as number[], scale: [] as number[] };
  const receipts = { hundred: await hundred.newPage(), scale: await scale.newPage() };
  const fullCount: Record<keyof typeof receipts, string> = { hundred: '', scale: '' };
  for (const [name, page] of Object.entries(receipts) as [keyof typeof receipts, Page][]) {
    await page.goto('/receipts');
    await expect(page.getByRole('list', { name: 'Receipts, newest first' })).toBeVisible();
    // The count and totals come once every receipt has been read, after the first screenful.
    const status = page.getByRole('main').getByRole('status');
    await expect(status).toHaveText(/^[\d,]+ receipts/);
    fullCount[name] = (await status.textContent()) ?? '';
  }
  await alternate({ hundred, scale }, async (_context, name) => {
    const page = receipts[name];
    const search = page.getByRole('searchbox', { name: 'Search receipts' });
    const counted: Probe = {
      trigger: 'keydown',
      selector: 'main p[role="status"]',
      textNot: fullCount[name],
    };
    searchKeystroke[name].push(await timed(page, counted, () => search.press('a')));
    await search.fill('');
    await expect(page.getByRole('main').getByRole('status')).toHaveText(fullCount[name]);
  });

  for (const context of [empty, scale, hundred]) await context.close();
  const result = {
    repetitions: REPETITIONS,
    spec: AT_SCALE,
    seedSeconds,
    plansReady,
    receiptsRender,
    logTopUp,
    searchKeystroke,
  };
  writeRaw('views-at-scale', result);
  console.log(result);
});
