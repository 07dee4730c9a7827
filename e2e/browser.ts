// How the tests launch Chromium: Debian's by default, or the one $TOPUP_CHROMIUM names.
export const chromiumLaunchOptions = {
  executablePath: process.env.TOPUP_CHROMIUM ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};

export const PORT = 4174;
export const BASE_URL = `http://127.0.0.1:${PORT}`;
