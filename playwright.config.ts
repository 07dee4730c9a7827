import { defineConfig, devices } from '@playwright/test';
import { BASE_URL, PORT, chromiumLaunchOptions, firefoxLaunchOptions } from './e2e/browser';

// End-to-end tests run against the production build (`vite build` first), served by
// `vite preview` with its service worker, never against the dev server.
const phone = {
  ...devices['Pixel 7'],
  browserName: 'chromium' as const,
  launchOptions: chromiumLaunchOptions,
};
// Firefox has no mobile emulation: the same viewport, touch and scale, on its own user agent.
const firefoxPhone = {
  ...devices['Desktop Firefox'],
  viewport: devices['Pixel 7'].viewport,
  deviceScaleFactor: devices['Pixel 7'].deviceScaleFactor,
  hasTouch: true,
  channel: 'moz-firefox',
  launchOptions: firefoxLaunchOptions,
};
/** The one project of the configs that run a single kind of spec (bench, screenshots). */
export const phoneProject = { name: 'chromium', use: phone };

export default defineConfig({
  testDir: 'e2e',
  // Every step waits at most 10 s, so a hang still fails fast; the whole test gets 60 s because
  // the longest walks (axe on every view, an import in a second profile) take 20–25 s on two
  // cores shared with the soak, and a slower machine must not turn them red.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
  use: {
    baseURL: BASE_URL,
    locale: 'en-US',
    trace: 'retain-on-failure',
  },
  // The soak is one long test: listed first, it starts at once on a worker of its own while the
  // other worker takes the rest, instead of running alone at the end.
  projects: [
    { name: 'soak', testMatch: 'soak.spec.ts', use: phone },
    { ...phoneProject, testIgnore: 'soak.spec.ts' },
    { name: 'firefox', testIgnore: 'soak.spec.ts', use: firefoxPhone },
  ],
  webServer: {
    command: `TOPUP_NEXT_RELEASE=on ./node_modules/.bin/vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: BASE_URL,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
