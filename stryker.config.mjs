// Mutation testing of the pure domain: every change to its logic should make a test fail.
// Only the domain's own tests are copied into the sandbox, so that tests of the layers built on
// the domain cannot take the credit for killing its mutants. (Stryker's `testFiles` option would
// say this more directly, but with the vitest runner it leaves module-level mutants inactive.)
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'vite.config.ts' },
  mutate: ['src/domain/**/*.ts', '!src/domain/**/*.test.ts', '!src/domain/**/*.fixture.ts'],
  ignorePatterns: [
    '/dist',
    '/dev-dist',
    '/e2e',
    '/test-results',
    '/playwright-report',
    '/coverage',
    '/src/**/*.test.ts',
    '/src/**/*.test.tsx',
    '!/src/domain/**/*.test.ts',
  ],
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  concurrency: 2,
  coverageAnalysis: 'perTest',
  thresholds: { high: 95, low: 90, break: 90 },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
