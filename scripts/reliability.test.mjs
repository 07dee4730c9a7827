// `node --test scripts/reliability.test.mjs`: how RELIABILITY.md's rows get their results.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  parseTables,
  parseWhere,
  problems,
  renderReport,
  rowResult,
  testOutcomes,
} from './reliability.mjs';

const ROOT = '/project';

const MARKDOWN = `# Reliability

## Faults

| Fault | Where |
| ----- | ----- |
| full  | \`e2e/faults.spec.ts\`: "storage running out" |
| tabs  | \`e2e/faults.spec.ts\`: "two tabs", \`src/db/lines.test.ts\` |
| lint  | step \`lint\` of \`npm test\` |
| docs  | README |
`;

const unit = {
  testResults: [
    {
      name: `${ROOT}/src/db/lines.test.ts`,
      status: 'passed',
      assertionResults: [
        { fullName: 'updateLine refuses a stale save', status: 'passed' },
        { fullName: 'updateLine says when the line is gone', status: 'skipped' },
      ],
    },
    {
      name: `${ROOT}/src/db/broken.test.ts`,
      status: 'failed',
      message: 'SyntaxError',
      assertionResults: [],
    },
  ],
};

// Playwright's JSON report: spec files relative to rootDir, describe blocks as nested suites.
const e2e = {
  config: { rootDir: `${ROOT}/e2e` },
  suites: [
    {
      title: 'faults.spec.ts',
      file: 'faults.spec.ts',
      specs: [
        {
          title: 'storage running out: a clear message',
          tests: [{ status: 'expected' }],
        },
      ],
      suites: [
        {
          title: 'two tabs',
          file: 'faults.spec.ts',
          specs: [{ title: 'the second save is refused', tests: [{ status: 'unexpected' }] }],
        },
      ],
    },
  ],
};

test('a Where cell names test files, the titles that narrow them, other files and steps', () => {
  assert.deepEqual(
    parseWhere('`e2e/a.spec.ts`: "one", "two", `src/b.test.ts`, step `lint` (`scripts/x.mjs`)'),
    {
      files: [
        { path: 'e2e/a.spec.ts', titles: ['one', 'two'] },
        { path: 'src/b.test.ts', titles: [] },
        { path: 'scripts/x.mjs', titles: [] },
      ],
      steps: ['lint'],
    },
  );
  assert.throws(() => parseWhere('`npm test`: "a title"'), /follows no test file/);
});

test('every table needs a Where column', () => {
  assert.equal(parseTables(MARKDOWN)[0].rows.length, 4);
  assert.throws(() => parseTables('| Kind | Result |\n| --- | --- |\n| a | b |\n'), /no Where/);
});

test('a row passes, fails or did not run as the tests and steps it names did', () => {
  const outcomes = testOutcomes(unit, e2e, ROOT);
  const [full, tabs, lint, docs] = parseTables(MARKDOWN)[0].rows;
  assert.equal(rowResult(full, outcomes, { lint: 'passes' }), 'passes');
  assert.equal(rowResult(tabs, outcomes, { lint: 'passes' }), 'fails');
  assert.equal(rowResult(lint, outcomes, { lint: 'passes' }), 'passes');
  assert.equal(rowResult(lint, outcomes, undefined), 'not run');
  assert.equal(rowResult(docs, outcomes, { lint: 'passes' }), '—');

  const row = (where) => ({ label: '', ...parseWhere(where) });
  assert.equal(rowResult(row('`src/db/lines.test.ts`: "stale"'), outcomes), 'passes');
  // One of its tests skipped: the row was not checked whole.
  assert.equal(rowResult(row('`src/db/lines.test.ts`'), outcomes), 'not run');
  assert.equal(rowResult(row('`src/db/broken.test.ts`: "anything"'), outcomes), 'fails');
  assert.equal(rowResult(row('`e2e/offline.spec.ts`'), outcomes), 'not run');
  assert.equal(rowResult(row('`e2e/faults.spec.ts`'), testOutcomes(unit, null, ROOT)), 'not run');
});

test('a file, title or step that does not exist is named', () => {
  const tables = parseTables(MARKDOWN);
  const files = { 'e2e/faults.spec.ts': "test('storage running out: a clear message')" };
  const found = problems(tables, {
    exists: (path) => path in files,
    read: (path) => files[path],
    steps: { format: 'passes' },
  });
  assert.deepEqual(found, [
    '"tabs" names the test "two tabs", which e2e/faults.spec.ts does not have',
    '"tabs" names src/db/lines.test.ts, which does not exist',
    '"lint" names the step lint, which npm test does not have',
  ]);
});

test('the report is the document with a Result column, the date and the counts', () => {
  const tables = parseTables(MARKDOWN);
  const report = renderReport(MARKDOWN, tables, ['passes', 'fails', 'not run', '—'], 'today');
  const lines = report.split('\n');
  assert.equal(
    lines[2],
    'Results of `npm test` on today: 4 rows: 1 pass, 1 fail, 1 not run, 1 not checked by npm test.',
  );
  assert.equal(lines[6], '| Fault | Where | Result  |');
  assert.equal(lines[7], '| ----- | ----- | ------- |');
  assert.equal(lines[10], '| lint  | step `lint` of `npm test` | not run |');
  assert.equal(lines[11], '| docs  | README | —       |');
});
