// `npm audit` of what the app ships (no dev dependencies): fails on a high or critical finding.
// The audit needs the registry's advisory service; where it cannot be reached the step says so
// and passes, since the check cannot be made rather than failed.
import { spawnSync } from 'node:child_process';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const result = spawnSync(npm, ['audit', '--omit=dev', '--json'], { encoding: 'utf8' });
let report;
try {
  report = JSON.parse(result.stdout);
} catch {
  report = null;
}

const counts = report?.metadata?.vulnerabilities;
if (!counts) {
  const reason = report?.message || report?.error?.summary || 'no answer';
  console.warn(`audit: the advisory service could not be reached (${reason}); not checked.`);
  process.exit(0);
}

const serious = (counts.high ?? 0) + (counts.critical ?? 0);
console.log(
  `audit: ${counts.critical ?? 0} critical, ${counts.high ?? 0} high, ` +
    `${counts.moderate ?? 0} moderate, ${counts.low ?? 0} low in production dependencies`,
);
process.exit(serious > 0 ? 1 : 0);
