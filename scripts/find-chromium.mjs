// Finds the Chromium the end-to-end tests drive: $TOPUP_CHROMIUM, else the system's chromium.
// As root with apt and none found, installs Debian's `chromium`; otherwise says what to do.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

function firstPresent() {
  return CANDIDATES.find((path) => existsSync(path));
}

export function findChromium() {
  const fromEnv = process.env.TOPUP_CHROMIUM;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`TOPUP_CHROMIUM points at ${fromEnv}, which does not exist.`);
  }
  const found = firstPresent();
  if (found) return found;
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log("No Chromium found: installing Debian's chromium…");
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execSync('apt-get update -qq && apt-get install -y -qq chromium', { stdio: 'inherit', env });
    const installed = firstPresent();
    if (installed) return installed;
  }
  throw new Error(
    'No Chromium found: install one, or set TOPUP_CHROMIUM=/path/to/chrome to point the tests at a browser.',
  );
}

/** The Chromium to drive, or, when there is none, the reason printed and the process ended. */
export function chromiumOrExit() {
  try {
    return findChromium();
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
