// Fills in RELIABILITY.md's results from a test run, so that no result there is typed by hand:
// reads reports/unit.json (Vitest) and reports/e2e.json (Playwright), works out each table row's
// result from what its Where column names, and writes reports/reliability.md, the same document
// with a Result column, the date and the counts. `npm test` runs it after the e2e step.
//
// A Where cell names files in backticks, a test file optionally followed by quoted parts of test
// titles ("…") when only those tests of the file check the row, and steps of `npm test` as
// step `name`. A named file that does not exist, or a title its file does not contain, is an
// error: a renamed test must not drop out of the threat model unnoticed.
// Run alone (`node scripts/reliability.mjs`), it knows no step's result: rows naming steps read
// 'not run'.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';

const SOURCE = 'RELIABILITY.md';
const REPORT = 'reports/reliability.md';
const TEST_FILE = /\.(test|spec)\.tsx?$/;
const NOT_CHECKED = '—';

const UNIT_OUTCOME = { passed: 'passes', failed: 'fails' };
// Playwright's outcome of a test over its retries: flaky counts as failed, as `npm test` counts it.
const E2E_OUTCOME = { expected: 'passes', unexpected: 'fails', flaky: 'fails' };

/** The files, test titles and steps a Where cell names. */
export function parseWhere(cell) {
  const files = [];
  const steps = [];
  let testFile = null;
  for (const [, step, code, title] of cell.matchAll(/step `([^`]+)`|`([^`]+)`|"([^"]+)"/g)) {
    if (step) {
      steps.push(step);
      testFile = null;
    } else if (code) {
      const file = code.includes('/') ? { path: code, titles: [] } : null;
      if (file) files.push(file);
      testFile = file && TEST_FILE.test(file.path) ? file : null;
    } else if (testFile) {
      testFile.titles.push(title);
    } else {
      throw new Error(`the title "${title}" in "${cell}" follows no test file`);
    }
  }
  return { files, steps };
}

function cells(line) {
  return line
    .slice(1, -1)
    .split('|')
    .map((cell) => cell.trim());
}

/** Every table of the document: the line of its header and its rows with what they name. */
export function parseTables(markdown) {
  const lines = markdown.split('\n');
  const tables = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!lines[i].startsWith('|') || !/^\|[-:| ]+\|$/.test(lines[i + 1])) continue;
    const header = cells(lines[i]);
    const where = header.indexOf('Where');
    if (where < 0) throw new Error(`the table "${header.join(' | ')}" has no Where column`);
    const table = { head: i, rows: [] };
    for (i += 2; lines[i]?.startsWith('|'); i++) {
      const row = cells(lines[i]);
      table.rows.push({ line: i, label: row[0], ...parseWhere(row[where]) });
    }
    tables.push(table);
  }
  return tables;
}

/**
 * Each test file's tests with their outcome ('passes', 'fails' or 'not run'), by the file's path
 * from `root`. A file that failed outside its tests (an import that throws, a failing hook) gets
 * an entry of its own, `whole`, that counts whatever titles a row names.
 */
export function testOutcomes(unit, e2e, root) {
  const outcomes = new Map();
  const add = (absolute, test) => {
    const path = relative(root, absolute).split(sep).join('/');
    outcomes.set(path, [...(outcomes.get(path) ?? []), test]);
  };
  for (const file of unit?.testResults ?? []) {
    for (const test of file.assertionResults) {
      add(file.name, { name: test.fullName, outcome: UNIT_OUTCOME[test.status] ?? 'not run' });
    }
    if (file.status === 'failed' && !file.assertionResults.some((t) => t.status === 'failed')) {
      add(file.name, { name: '', outcome: 'fails', whole: true });
    }
  }
  const walk = (suite, file, titles) => {
    for (const spec of suite.specs) {
      for (const test of spec.tests) {
        const name = [...titles, spec.title].join(' ');
        add(file, { name, outcome: E2E_OUTCOME[test.status] ?? 'not run' });
      }
    }
    for (const child of suite.suites ?? []) walk(child, file, [...titles, child.title]);
  };
  // The top suite of each spec file is the file itself; its `file` is relative to the rootDir.
  for (const suite of e2e?.suites ?? []) walk(suite, resolve(e2e.config.rootDir, suite.file), []);
  return outcomes;
}

function worst(results) {
  if (results.includes('fails')) return 'fails';
  return results.includes('not run') ? 'not run' : 'passes';
}

/**
 * A row's result: 'passes' when every test and step it names ran and passed, 'fails' when one
 * failed, 'not run' when some did not run, and '—' when it names none (nothing in `npm test`
 * checks it). `steps` holds each step's result, or is undefined when no steps ran.
 */
export function rowResult(row, outcomes, steps) {
  const results = row.steps.map((step) => steps?.[step] ?? 'not run');
  for (const { path, titles } of row.files.filter((file) => TEST_FILE.test(file.path))) {
    const tests = (outcomes.get(path) ?? []).filter(
      (test) => test.whole || !titles.length || titles.some((title) => test.name.includes(title)),
    );
    results.push(tests.length ? worst(tests.map((test) => test.outcome)) : 'not run');
  }
  return results.length ? worst(results) : NOT_CHECKED;
}

/** What the rows name that does not exist; `steps` is checked only when given. */
export function problems(tables, { exists, read, steps }) {
  const found = [];
  for (const row of tables.flatMap((table) => table.rows)) {
    const label = row.label.length > 60 ? `${row.label.slice(0, 59)}…` : row.label;
    for (const { path, titles } of row.files) {
      if (!exists(path)) {
        found.push(`"${label}" names ${path}, which does not exist`);
        continue;
      }
      const text = titles.length ? read(path) : '';
      for (const title of titles.filter((title) => !text.includes(title))) {
        found.push(`"${label}" names the test "${title}", which ${path} does not have`);
      }
    }
    for (const step of row.steps.filter((step) => steps && !(step in steps))) {
      found.push(`"${label}" names the step ${step}, which npm test does not have`);
    }
  }
  return found;
}

function count(results) {
  const n = (result) => results.filter((r) => r === result).length;
  return (
    `${results.length} rows: ${n('passes')} pass, ${n('fails')} fail, ${n('not run')} not run, ` +
    `${n(NOT_CHECKED)} not checked by npm test`
  );
}

/** The document with a Result column in every table and the date and counts under its title. */
export function renderReport(markdown, tables, results, date) {
  const lines = markdown.split('\n');
  let next = 0;
  for (const table of tables) {
    const column = results.slice(next, next + table.rows.length);
    next += table.rows.length;
    const width = Math.max('Result'.length, ...column.map((result) => result.length));
    lines[table.head] += ` ${'Result'.padEnd(width)} |`;
    lines[table.head + 1] += ` ${'-'.repeat(width)} |`;
    table.rows.forEach((row, i) => (lines[row.line] += ` ${column[i].padEnd(width)} |`));
  }
  const title = lines.findIndex((line) => line.startsWith('# '));
  lines.splice(title + 1, 0, '', `Results of \`npm test\` on ${date}: ${count(results)}.`);
  return lines.join('\n');
}

/**
 * Writes reports/reliability.md from the reports of the last run. `steps` holds the result of
 * each step of `npm test` ('passes', 'fails' or 'not run'). Returns the errors, or the summary.
 */
export function writeReliabilityReport(steps) {
  const markdown = readFileSync(SOURCE, 'utf8');
  let tables;
  try {
    tables = parseTables(markdown);
  } catch (error) {
    return { errors: [`${SOURCE}: ${error.message}`] };
  }
  const read = (path) => readFileSync(path, 'utf8');
  const errors = problems(tables, { exists: existsSync, read, steps });
  if (errors.length) return { errors: errors.map((error) => `${SOURCE}: ${error}`) };

  const readJson = (path) => (existsSync(path) ? JSON.parse(read(path)) : null);
  const outcomes = testOutcomes(
    readJson('reports/unit.json'),
    readJson('reports/e2e.json'),
    process.cwd(),
  );
  const results = tables.flatMap((table) =>
    table.rows.map((row) => rowResult(row, outcomes, steps)),
  );
  const date = `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`;
  mkdirSync('reports', { recursive: true });
  writeFileSync(REPORT, renderReport(markdown, tables, results, date));
  return { errors: [], summary: `reliability: ${count(results)} (${REPORT})` };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { errors, summary } = writeReliabilityReport();
  for (const error of errors) console.error(`reliability: ${error}`);
  if (errors.length) process.exit(1);
  console.log(summary);
}
