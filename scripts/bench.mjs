// `npm run bench`: measures Topup against the bare stack it is built on (bench/: React, ReactDOM,
// Dexie, zustand and workbox-window with a service worker) in one run, and checks every budget.
// Builds both, weighs their first load, runs the browser measurements (e2e/*.bench.ts, one
// Chromium at a time), then prints a table, writes bench/results.json and exits non-zero when a
// budget is missed. Machines are noisy, so the budgets are ratios measured side by side.
//
//   node scripts/bench.mjs [group …]   groups: weight cold-start lighthouse scale backup
//
// With groups named, only those run and the results go to reports/bench/results.json instead.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { ensureDependencies } from './ensure-dependencies.mjs';
import { systemToolsOrExit } from './system-tools.mjs';
import { firstLoadBytes } from './first-load-size.mjs';

// In the order they run: the start-up measures first, before the groups that write hundreds of
// megabytes leave the disk busy writing them out: the same build's cold start read 1.43× of the
// baseline's time in two runs where it followed the backup group, 1.09–1.32× in three runs alone.
const GROUPS = {
  weight: null,
  'cold-start': 'cold-start.bench',
  lighthouse: 'lighthouse.bench',
  scale: 'views-at-scale.bench',
  backup: 'backup-scale.bench',
};
const RAW = 'reports/bench';

const asked = process.argv.slice(2);
const unknown = asked.filter((group) => !(group in GROUPS));
if (unknown.length) {
  console.error(
    `Unknown group ${unknown.join(', ')}: choose from ${Object.keys(GROUPS).join(', ')}`,
  );
  process.exit(2);
}
const groups = Object.keys(GROUPS).filter((group) => !asked.length || asked.includes(group));
const started = Date.now();

const NEEDED = ['vite', '@playwright/test', 'lighthouse', 'vite-plugin-pwa'];
if (!NEEDED.every((name) => existsSync(`node_modules/${name}/package.json`))) ensureDependencies();
const browsers = systemToolsOrExit(['Chromium']);
const env = { ...process.env, ...browsers };

function run(title, command, args) {
  console.log(`\n▶ ${title}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  return result.status === 0;
}

rmSync(RAW, { recursive: true, force: true });
const vite = './node_modules/.bin/vite';
if (!run('build the app (dist)', vite, ['build', '--logLevel', 'warn'])) process.exit(1);
if (!run('build the baseline (dist/baseline)', vite, ['build', '--config', 'bench/vite.config.ts']))
  process.exit(1);

// One Playwright run per group, so that the groups run in the order above.
let browserRunOk = true;
for (const group of groups.filter((name) => GROUPS[name])) {
  const ok = run(`measure in Chromium: ${group}`, './node_modules/.bin/playwright', [
    'test',
    '--config',
    'playwright.bench.config.ts',
    GROUPS[group],
  ]);
  browserRunOk &&= ok;
}

// ---- figures -------------------------------------------------------------------------------

function readRaw(name) {
  const path = `${RAW}/${name}.json`;
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  return sorted.length % 2 ? sorted[Math.floor(middle)] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Median, lowest and highest of some samples. */
function stats(values) {
  return { median: median(values), min: Math.min(...values), max: Math.max(...values), values };
}

/** Each repetition's ratio (the two were measured back to back), then their median and range. */
function pairedRatio(measured, reference) {
  return stats(measured.map((value, i) => value / reference[i]));
}

const ms = (value) => `${Math.round(value)} ms`;
const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
const MB = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;
const times = (value) => `${value.toFixed(2)}×`;
const range = (s, format) => `${format(s.min)}–${format(s.max)}`;

const figures = [];

/** A figure with a budget: `at most` or `at least` the limit (`below` is strict). */
function figure(group, name, value, format, budget, detail) {
  const pass =
    value === undefined || value === null
      ? false
      : budget.below !== undefined
        ? value < budget.below
        : budget.atMost !== undefined
          ? value <= budget.atMost
          : budget.atLeast !== undefined
            ? value >= budget.atLeast
            : null;
  const limit = budget.below ?? budget.atMost ?? budget.atLeast;
  const sign = budget.below !== undefined ? '<' : budget.atMost !== undefined ? '≤' : '≥';
  figures.push({
    group,
    name,
    value,
    shown: value === undefined || value === null ? 'missing' : format(value),
    budget: limit === undefined ? '—' : `${sign} ${format(limit)}`,
    detail,
    pass,
  });
}

function missing(group, names) {
  for (const name of names) figure(group, name, null, String, {}, 'not measured: see the log');
}

if (groups.includes('weight')) {
  const app = firstLoadBytes('dist');
  const baseline = firstLoadBytes('dist/baseline');
  const sum = (files) => files.reduce((total, { gzip }) => total + gzip, 0);
  figure(
    'weight',
    'First load (gzip): app ÷ baseline',
    sum(app) / sum(baseline),
    times,
    { atMost: 1.3 },
    `app ${kB(sum(app))} in ${app.length} files, baseline ${kB(sum(baseline))}`,
  );
  figures.at(-1).files = { app, baseline };
}

if (groups.includes('cold-start')) {
  const raw = readRaw('cold-start');
  if (!raw) missing('cold-start', ['Cold start offline: app ÷ baseline']);
  else {
    const ratio = pairedRatio(raw.app, raw.baseline);
    const app = stats(raw.app);
    const baseline = stats(raw.baseline);
    figure(
      'cold-start',
      'Cold start offline: app ÷ baseline',
      ratio.median,
      times,
      { atMost: 1.25 },
      `ratios ${range(ratio, times)}; app ${ms(app.median)} (${range(app, ms)}), ` +
        `baseline ${ms(baseline.median)} (${range(baseline, ms)}), ${raw.repetitions} runs each`,
    );
  }
}

if (groups.includes('scale')) {
  const raw = readRaw('views-at-scale');
  const rows = [
    ['plansReady', 'scale', 'empty', 'Plans ready: 20,000 top-ups ÷ empty', 1.3],
    ['receiptsRender', 'scale', 'empty', 'Receipts first render: 20,000 ÷ empty', 1.5],
    ['logTopUp', 'scale', 'oneLine', 'Log a top-up: 20,000 ÷ one line', 1.3],
    ['searchKeystroke', 'scale', 'hundred', 'Search keystroke: 20,000 ÷ 100 top-ups', 1.5],
  ];
  if (!raw)
    missing(
      'scale',
      rows.map((row) => row[3]),
    );
  else {
    for (const [key, measured, reference, name, limit] of rows) {
      const ratio = pairedRatio(raw[key][measured], raw[key][reference]);
      const big = stats(raw[key][measured]);
      const small = stats(raw[key][reference]);
      figure(
        'scale',
        name,
        ratio.median,
        times,
        { atMost: limit },
        `ratios ${range(ratio, times)}; ${ms(big.median)} (${range(big, ms)}) vs ` +
          `${ms(small.median)} (${range(small, ms)}), ${raw.repetitions} runs each`,
      );
    }
  }
}

if (groups.includes('backup')) {
  const raw = readRaw('backup');
  const names = ['export', 'import'];
  if (!raw)
    missing(
      'backup',
      names.flatMap((step) => [
        `Backup ${step}: time`,
        `Backup ${step}: peak JS heap`,
        `Backup ${step}: longest task`,
      ]),
    );
  else {
    const size = `${MB(raw.backupBytes)} file, ${raw.repetitions} runs`;
    for (const step of names) {
      const runs = raw[step];
      const seconds = stats(runs.map((r) => r.seconds));
      const heap = stats(runs.map((r) => r.heap.usedWithBuffersBytes));
      const v8 = stats(runs.map((r) => r.heap.usedBytes));
      const longest = stats(runs.map((r) => r.longestTaskMs));
      const secondsShown = (value) => `${value.toFixed(1)} s`;
      figure(
        'backup',
        `Backup ${step}: time`,
        seconds.median,
        secondsShown,
        {},
        `${range(seconds, secondsShown)}; ${size}`,
      );
      figure(
        'backup',
        `Backup ${step}: peak JS heap`,
        heap.max,
        MB,
        { below: 2 * raw.attachmentBytes },
        `highest of ${runs.length} runs, ArrayBuffers included (V8 heap alone ${MB(v8.max)}); ` +
          `receipts ${MB(raw.attachmentBytes)}`,
      );
      figure(
        'backup',
        `Backup ${step}: longest task`,
        longest.max,
        ms,
        { atMost: 200 },
        `highest of ${runs.length} runs (${longest.values.map(ms).join(', ')})`,
      );
    }
  }
}

if (groups.includes('lighthouse')) {
  const raw = readRaw('lighthouse');
  const categories = [
    ['performance', 'Lighthouse performance', 95],
    ['accessibility', 'Lighthouse accessibility', 100],
    ['best-practices', 'Lighthouse best practices', 100],
    ['seo', 'Lighthouse SEO', 100],
  ];
  if (!raw)
    missing(
      'lighthouse',
      categories.map((row) => row[1]),
    );
  else {
    for (const [id, name, limit] of categories) {
      const app = raw.app.map((run) => run.scores[id]);
      const baseline = raw.baseline.map((run) => run.scores[id]);
      figure(
        'lighthouse',
        name,
        median(app),
        String,
        { atLeast: limit },
        `median of ${app.join(', ')} (mobile); baseline ${baseline.join(', ')}`,
      );
    }
  }
}

// ---- report --------------------------------------------------------------------------------

const seconds = Math.round((Date.now() - started) / 1000);
const verdict = (f) => (f.pass === null ? 'info' : f.pass ? 'pass' : 'FAIL');
const header = ['Figure', 'Measured', 'Budget', 'Result', 'Median, spread and detail'];
const table = [header, ...figures.map((f) => [f.name, f.shown, f.budget, verdict(f), f.detail])];
const widths = header.map((_, column) => Math.max(...table.map((row) => row[column].length)));
const line = (row) =>
  row
    .map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column])))
    .join('  ');

const failed = figures.filter((f) => f.pass === false);
console.log(`\nTopup against the bare stack, ${new Date().toISOString()}, ${seconds} s:\n`);
console.log(line(table[0]));
console.log(widths.map((width) => '─'.repeat(width)).join('  '));
for (const row of table.slice(1)) console.log(line(row));
console.log(
  failed.length
    ? `\n✗ ${failed.length} of ${figures.filter((f) => f.pass !== null).length} budgets missed`
    : '\n✓ every budget held',
);

const chromiumVersion = spawnSync(browsers.TOPUP_CHROMIUM, ['--version'], {
  encoding: 'utf8',
}).stdout.trim();
const results = {
  measuredAt: new Date().toISOString(),
  seconds,
  machine: {
    cpus: cpus().length,
    memoryGB: Math.round(totalmem() / 1e9),
    node: process.version,
    chromium: chromiumVersion,
  },
  groups,
  passed: failed.length === 0 && browserRunOk,
  figures,
  raw: Object.fromEntries(
    ['cold-start', 'views-at-scale', 'backup', 'lighthouse']
      .map((name) => [name, readRaw(name)])
      .filter(([, data]) => data),
  ),
};
const out = asked.length ? `${RAW}/results.json` : 'bench/results.json';
writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
// Kept in the repository: formatted as the format check expects.
spawnSync('./node_modules/.bin/prettier', ['--write', '--log-level', 'warn', out], { env });
console.log(`Full results: ${out}`);
process.exit(results.passed ? 0 : 1);
