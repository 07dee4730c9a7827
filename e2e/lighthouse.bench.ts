// Lighthouse (its default: a mid-range phone on a slow 4G network, simulated) on the production
// build's first visit, the app and the baseline taking turns. Lighthouse drives a Chromium that
// Playwright launched, through the browser's remote debugging port.
import { chromium, test } from '@playwright/test';
import lighthouse from 'lighthouse';
import { chromiumLaunchOptions } from './browser';
import { BENCH_APP_URL, BENCH_BASELINE_URL, writeRaw } from './seed-at-scale';

const REPETITIONS = 3;
const DEBUGGING_PORT = 9333;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

interface Run {
  scores: Record<string, number>;
  /** The scored audits that did not pass, with what Lighthouse says about them. */
  missed: { id: string; category: string; score: number; value?: string }[];
  metrics: Record<string, number>;
}

async function audit(url: string): Promise<Run> {
  const result = await lighthouse(url, {
    port: DEBUGGING_PORT,
    output: 'json',
    logLevel: 'error',
    onlyCategories: CATEGORIES,
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { categories, audits } = result.lhr;
  const scores: Record<string, number> = {};
  const missed: Run['missed'] = [];
  for (const id of CATEGORIES) {
    const category = categories[id];
    scores[id] = Math.round((category?.score ?? 0) * 100);
    for (const ref of category?.auditRefs ?? []) {
      const item = audits[ref.id];
      if (ref.weight > 0 && item && item.score !== null && item.score < 1) {
        missed.push({
          id: ref.id,
          category: id,
          score: item.score,
          ...(item.displayValue ? { value: item.displayValue } : {}),
        });
      }
    }
  }
  const metrics: Record<string, number> = {};
  for (const id of [
    'first-contentful-paint',
    'largest-contentful-paint',
    'total-blocking-time',
    'cumulative-layout-shift',
    'speed-index',
  ]) {
    const value = audits[id]?.numericValue;
    if (value !== undefined) metrics[id] = value;
  }
  return { scores, missed, metrics };
}

test('lighthouse: the app and the baseline', async () => {
  const browser = await chromium.launch({
    ...chromiumLaunchOptions,
    args: [...chromiumLaunchOptions.args, `--remote-debugging-port=${DEBUGGING_PORT}`],
  });
  const runs = { app: [] as Run[], baseline: [] as Run[] };
  try {
    for (let i = 0; i < REPETITIONS; i++) {
      runs.app.push(await audit(`${BENCH_APP_URL}/`));
      runs.baseline.push(await audit(`${BENCH_BASELINE_URL}/`));
    }
  } finally {
    await browser.close();
  }
  writeRaw('lighthouse', { repetitions: REPETITIONS, ...runs });
  console.log(JSON.stringify(runs, null, 2));
});
