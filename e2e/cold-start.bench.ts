// Cold start with the network off: Chromium launched afresh on a profile where the app (or the
// baseline) was opened once, then the time from navigation to the first render with data, every
// byte served by the service worker. The two take turns, so that both meet the same noise.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, devices, expect, test } from '@playwright/test';
import { chromiumLaunchOptions } from './browser';
import { waitForActiveServiceWorker } from './fixtures';
import {
  APP_READY_MARK,
  BASELINE_READY_MARK,
  BENCH_APP_URL,
  BENCH_BASELINE_URL,
  markTime,
  seedAtScale,
  writeRaw,
} from './seed-at-scale';

// A single pair's ratio ranges from 0.9× to 1.7× on this 2-core machine; the median of fifteen
// pairs wanders less between runs than the median of nine did.
const REPETITIONS = 15;
const { defaultBrowserType: _browser, ...phone } = devices['Pixel 7'];

interface Target {
  name: 'app' | 'baseline';
  url: string;
  mark: string;
  profile: string;
  times: number[];
}

function launch(target: Target) {
  return chromium.launchPersistentContext(target.profile, {
    ...chromiumLaunchOptions,
    ...phone,
    baseURL: target.url,
    locale: 'en-US',
  });
}

/** The first visit, online: the worker installs and precaches; the app gets three lines. */
async function install(target: Target): Promise<void> {
  const context = await launch(target);
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto('/');
  await waitForActiveServiceWorker(page);
  await markTime(page, target.mark);
  if (target.name === 'app') {
    await seedAtScale(page, { lines: 3, topUps: 30, attachments: 0, attachmentBytes: 0 });
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Line 2' })).toBeVisible();
  }
  await context.close();
}

async function coldStart(target: Target): Promise<number> {
  const context = await launch(target);
  await context.setOffline(true);
  const page = context.pages()[0] ?? (await context.newPage());
  // Waiting for the mark from the moment the navigation commits keeps Playwright's own work
  // (which waiting for the load event would put in the middle of the start) out of the way.
  const response = await page.goto('/', { waitUntil: 'commit' });
  expect(response?.fromServiceWorker()).toBe(true);
  const time = await markTime(page, target.mark);
  await context.close();
  return time;
}

test('cold start offline: the app and the baseline', async () => {
  const targets: Target[] = [
    { name: 'app', url: BENCH_APP_URL, mark: APP_READY_MARK, profile: '', times: [] },
    {
      name: 'baseline',
      url: BENCH_BASELINE_URL,
      mark: BASELINE_READY_MARK,
      profile: '',
      times: [],
    },
  ];
  for (const target of targets) {
    target.profile = mkdtempSync(join(tmpdir(), `topup-bench-${target.name}-`));
    await install(target);
  }
  try {
    for (let i = 0; i < REPETITIONS; i++) {
      const order = i % 2 === 0 ? targets : [...targets].reverse();
      for (const target of order) target.times.push(await coldStart(target));
    }
  } finally {
    for (const target of targets) rmSync(target.profile, { recursive: true, force: true });
  }
  const [app, baseline] = targets;
  writeRaw('cold-start', { repetitions: REPETITIONS, app: app?.times, baseline: baseline?.times });
  console.log({ app: app?.times, baseline: baseline?.times });
});
