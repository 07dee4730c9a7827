// The benchmark's browser half (not part of `npm test`): run through `npm run bench`, which builds
// the app into dist and the baseline into dist/baseline first, then reads what the specs measured.
import { defineConfig } from '@playwright/test';
import base, { phoneProject } from './playwright.config';
import {
  BENCH_APP_PORT,
  BENCH_APP_URL,
  BENCH_BASELINE_PORT,
  BENCH_BASELINE_URL,
} from './e2e/seed-at-scale';

const preview = './node_modules/.bin/vite preview --host 127.0.0.1 --strictPort';

export default defineConfig({
  ...base,
  projects: [phoneProject],
  testMatch: '*.bench.ts',
  timeout: 15 * 60_000,
  fullyParallel: false,
  workers: 1,
  reporter: [['list']],
  // No trace: recording one snapshots the page's DOM on its main thread around every action, and
  // those snapshots (90 ms of a measured search keystroke) were counted into the figures.
  use: { ...base.use, baseURL: BENCH_APP_URL, trace: 'off' },
  webServer: [
    { command: `${preview} --port ${BENCH_APP_PORT}`, url: BENCH_APP_URL, timeout: 30_000 },
    {
      command: `${preview} --config bench/vite.config.ts --port ${BENCH_BASELINE_PORT}`,
      url: BENCH_BASELINE_URL,
      timeout: 30_000,
    },
  ],
});
