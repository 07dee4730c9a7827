// `npm test`: install if needed, find the browsers and tools the tests drive (installing them as
// root), then run every check. Each step runs even when an earlier one failed, so one run shows
// everything that is wrong; the exit code is non-zero if any step failed. Then
// reports/reliability.md gets each RELIABILITY.md row's result from this run; the last line
// counts the unit, end-to-end and WebKit tests.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { ensureDependencies } from './ensure-dependencies.mjs';
import { systemToolsOrExit } from './system-tools.mjs';
import { writeReliabilityReport } from './reliability.mjs';

ensureDependencies();
rmSync('reports', { recursive: true, force: true });
const browsers = systemToolsOrExit();

const bin = (name) => `./node_modules/.bin/${name}`;
const steps = [
  ['format', bin('prettier'), ['--check', '.']],
  ['lint', bin('eslint'), ['.', '--max-warnings=0']],
  ['typecheck', bin('tsc'), ['-b']],
  ['audit', process.execPath, ['scripts/audit.mjs']],
  ['scripts', process.execPath, ['--test', '--test-reporter=spec', 'scripts/reliability.test.mjs']],
  [
    'unit',
    bin('vitest'),
    ['run', '--reporter=default', '--reporter=json', '--outputFile.json=reports/unit.json'],
  ],
  ['build', bin('vite'), ['build']],
  ['e2e', bin('playwright'), ['test']],
  [
    'webkit',
    process.execPath,
    [
      '--test',
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      '--test-reporter=tap',
      '--test-reporter-destination=reports/webkit.tap',
      'webkit/',
    ],
  ],
];

const failed = [];
const outcomes = {};
for (const [name, command, args] of steps) {
  if ((name === 'e2e' || name === 'webkit') && failed.includes('build')) {
    failed.push(name);
    outcomes[name] = 'not run';
    continue;
  }
  console.log(`\n▶ ${name}`);
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, ...browsers },
  });
  if (result.status !== 0) failed.push(name);
  outcomes[name] = result.status === 0 ? 'passes' : 'fails';
}

// A row whose tests failed has already failed their step; one naming a test that no longer
// exists fails here.
console.log('\n▶ reliability');
const reliability = writeReliabilityReport(outcomes);
for (const error of reliability.errors) console.error(`reliability: ${error}`);
if (reliability.errors.length) failed.push('reliability');
else console.log(reliability.summary);

function readJson(path) {
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
}

/** The `# pass 3` style totals at the end of Node's TAP report. */
function tapTotals(path) {
  const text = existsSync(path) ? readFileSync(path, 'utf8') : '';
  const total = (name) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(text)?.[1] ?? 0);
  return { pass: total('pass'), fail: total('fail'), skipped: total('skipped') };
}

const unit = readJson('reports/unit.json');
const e2e = readJson('reports/e2e.json');
const webkit = tapTotals('reports/webkit.tap');
const passed = (unit?.numPassedTests ?? 0) + (e2e?.stats?.expected ?? 0) + webkit.pass;
const failedTests =
  (unit?.numFailedTests ?? 0) +
  (e2e?.stats?.unexpected ?? 0) +
  (e2e?.stats?.flaky ?? 0) +
  webkit.fail;
const skipped = (unit?.numPendingTests ?? 0) + (e2e?.stats?.skipped ?? 0) + webkit.skipped;

console.log(failed.length ? `\n✗ failed steps: ${failed.join(', ')}` : '\n✓ every step passed');
console.log(`tests: ${passed} passed, ${failedTests} failed, ${skipped} skipped`);
process.exit(failed.length ? 1 : 0);
