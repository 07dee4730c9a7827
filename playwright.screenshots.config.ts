// `npm run screenshots`: phone-sized pictures of the real app for the README, made from the
// production build with the same browser as the tests.
import { defineConfig } from '@playwright/test';
import base, { phoneProject } from './playwright.config';

export default defineConfig({
  ...base,
  projects: [phoneProject],
  testMatch: '*.shots.ts',
  workers: 1,
  reporter: [['list']],
});
