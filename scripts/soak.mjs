// `npm run soak`: the long soak (2,000 operations unless SOAK_STEPS says otherwise), with a fresh
// seed unless SOAK_SEED gives one. `npm test` runs the same test at 500 operations.
import { spawnSync } from 'node:child_process';
import { ensureDependencies } from './ensure-dependencies.mjs';
import { systemToolsOrExit } from './system-tools.mjs';

ensureDependencies();
const browsers = systemToolsOrExit(['Chromium']);
const env = {
  ...process.env,
  ...browsers,
  SOAK_STEPS: process.env.SOAK_STEPS || '2000',
};

for (const [command, args] of [
  ['./node_modules/.bin/vite', ['build', '--logLevel', 'warn']],
  ['./node_modules/.bin/playwright', ['test', '--project', 'soak', '--reporter', 'list']],
]) {
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
