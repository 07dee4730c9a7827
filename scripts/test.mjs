// `npm test`: install if needed, find a Chromium, then run every check. Each step runs even when
// an earlier one failed, so one run shows everything that is wrong; the exit code is non-zero if
// any step failed. The last line counts the unit and end-to-end tests.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { ensureDependencies } from './ensure-dependencies.mjs';
import { chromiumOrExit } from './find-chromium.mjs';

ensureDependencies();
rmSync('reports', { recursive: true, force: true });
const chromium = chromiumOrExit();

const bin = (name) => `./node_modules/.bin/${name}`;
const steps = [
  ['format', bin('prettier'), ['--check', '.']],
  ['lint', bin('eslint'), ['.', '--max-warnings=0']],
  ['typecheck', bin('tsc'), ['-b']],
  ['audit', process.execPath, ['scripts/audit.mjs']],
  [
    'unit',
    bin('vitest'),
    ['run', '--reporter=default', '--reporter=json', '--outputFile.json=reports/unit.json'],
  ],
  ['build', bin('vite'), ['build']],
  ['e2e', bin('playwright'), ['test']],
];

const failed = [];
for (const [name, command, args] of steps) {
  if (name === 'e2e' && failed.includes('build')) {
    failed.push(name);
    continue;
  }
  console.log(`\n▶ ${name}`);
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, TOPUP_CHROMIUM: chromium },
  });
  if (result.status !== 0) failed.push(name);
}

function readJson(path) {
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
}

const unit = readJson('reports/unit.json');
const e2e = readJson('reports/e2e.json');
const passed = (unit?.numPassedTests ?? 0) + (e2e?.stats?.expected ?? 0);
const failedTests =
  (unit?.numFailedTests ?? 0) + (e2e?.stats?.unexpected ?? 0) + (e2e?.stats?.flaky ?? 0);
const skipped = (unit?.numPendingTests ?? 0) + (e2e?.stats?.skipped ?? 0);

console.log(failed.length ? `\n✗ failed steps: ${failed.join(', ')}` : '\n✓ every step passed');
console.log(`tests: ${passed} passed, ${failedTests} failed, ${skipped} skipped`);
process.exit(failed.length ? 1 : 0);
