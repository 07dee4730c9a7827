// Finds the programs the tests drive: Chromium and Firefox for the end-to-end suites, WebKit's
// WebDriver and Xvfb for the WebKit smoke suite, `age` and `unzip` for the backup tests that open
// a backup as any computer would. As root with apt, the missing ones are installed from Debian's
// packages in one go; otherwise the message says what to install. $TOPUP_CHROMIUM and
// $TOPUP_FIREFOX point at other browsers.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const TOOLS = [
  {
    name: 'Chromium',
    env: 'TOPUP_CHROMIUM',
    paths: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'],
    debian: 'chromium',
  },
  {
    name: 'Firefox',
    env: 'TOPUP_FIREFOX',
    paths: ['/usr/bin/firefox-esr', '/usr/bin/firefox'],
    debian: 'firefox-esr',
  },
  { name: 'WebKitWebDriver', paths: ['/usr/bin/WebKitWebDriver'], debian: 'webkit2gtk-driver' },
  { name: 'Xvfb', paths: ['/usr/bin/Xvfb'], debian: 'xvfb' },
  { name: 'age', paths: ['/usr/bin/age'], debian: 'age' },
  { name: 'unzip', paths: ['/usr/bin/unzip'], debian: 'unzip' },
];

function locate(tool) {
  const fromEnv = tool.env && process.env[tool.env];
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`${tool.env} points at ${fromEnv}, which does not exist.`);
  }
  return tool.paths.find((path) => existsSync(path));
}

/**
 * The variables that tell the suites where their browsers are, installing what is missing of
 * the tools `names` (all of them unless given).
 */
export function systemToolsOrExit(names = TOOLS.map((tool) => tool.name)) {
  try {
    const needed = TOOLS.filter((tool) => names.includes(tool.name));
    let missing = needed.filter((tool) => !locate(tool));
    if (missing.length && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
      const packages = missing.map((tool) => tool.debian).join(' ');
      console.log(`Installing Debian's ${packages}…`);
      const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
      execSync(`apt-get update -qq && apt-get install -y -qq ${packages}`, {
        stdio: 'inherit',
        env,
      });
      missing = needed.filter((tool) => !locate(tool));
    }
    if (missing.length) {
      const packages = missing.map((tool) => `${tool.name} (Debian: ${tool.debian})`).join(', ');
      throw new Error(`Missing: ${packages}. Install them, or set TOPUP_CHROMIUM / TOPUP_FIREFOX.`);
    }
    const found = {};
    for (const tool of needed) if (tool.env) found[tool.env] = locate(tool);
    return found;
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
